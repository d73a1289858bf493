import { Empty, Table } from "antd";
import type { EChartsCoreOption } from "echarts/core";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import type { ReportChart, ReportDimension } from "../../../shared/api/analytics-reports";
import { useCatalogue } from "./api";
import { EChart } from "./EChart";
import { formatKpi } from "./kpi-format";
import type { ReportResult } from "./report-api";

type Props = {
  result: ReportResult;
  rows: ReportDimension;
  columns: ReportDimension | null;
  chart: ReportChart;
};
// Keys of these dimensions are codes the interface names (priority "A", channel "email"…).
const CODED = new Set(["priority", "type", "channel", "tier"]);

// A computed report: its chart (unless a table was asked for) and the pivot table with a total line.
// Memoised: typing a report's name does not redraw its chart.
export const ReportView = memo(function ReportView({ result, rows, columns, chart }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === "en" ? "en" : "zh";
  const catalogue = useCatalogue();
  const kpiName = (id: string) => catalogue.data?.items.find((k) => k.id === id)?.name[lang] ?? id;
  const minutes = (n: string) => t("analytics.minutes", { n });
  const days = (n: string) => t("analytics.days", { n });
  const label = (dim: ReportDimension | null, l: { key: string; label: string }) =>
    l.key === ""
      ? t("analytics.reports.none")
      : dim && CODED.has(dim)
        ? t(`${dim}.${l.key}`, { defaultValue: l.key })
        : l.label;
  const heading = (j: number, m: number) => {
    const name = kpiName(result.measures[m]?.kpi ?? "");
    const col = result.columns[j];
    return columns && col ? `${label(columns, col)} · ${name}` : name;
  };
  const cellsOf = (values: (number | null)[][]) =>
    values.flatMap((col, j) =>
      col.map((v, m) => ({
        j,
        m,
        text: formatKpi(
          { unit: result.measures[m]?.unit ?? "count", value: v },
          i18n.language,
          minutes,
          days,
        ),
      })),
    );

  const option = ((): EChartsCoreOption | null => {
    if (chart === "table" || result.rows.length === 0) return null;
    const xs = result.rows.map((r) => label(rows, r));
    if (chart === "pie")
      return {
        tooltip: { trigger: "item" },
        legend: { type: "scroll", bottom: 0 },
        series: [
          {
            type: "pie",
            radius: ["30%", "65%"],
            name: heading(0, 0),
            data: result.rows.map((r, i) => ({
              name: label(rows, r),
              value: result.values[i]?.[0]?.[0] ?? 0,
            })),
          },
        ],
      };
    return {
      tooltip: { trigger: "axis" },
      legend: { top: 0, type: "scroll" },
      grid: { left: 48, right: 16, top: 36, bottom: 24, containLabel: true },
      xAxis: { type: "category", data: xs },
      yAxis: { type: "value" },
      series: result.columns.flatMap((_, j) =>
        result.measures.map((_m, m) => ({
          type: chart,
          name: heading(j, m),
          connectNulls: true,
          data: result.rows.map((_r, i) => result.values[i]?.[j]?.[m] ?? null),
        })),
      ),
    };
  })();

  if (result.rows.length === 0) return <Empty description={t("analytics.reports.empty")} />;
  type Line = { key: string; name: string; cells: { j: number; m: number; text: string }[]; total?: boolean };
  const lines: Line[] = [
    ...result.rows.map((r, i) => ({
      key: `r${i}`,
      name: label(rows, r),
      cells: cellsOf(result.values[i] ?? []),
    })),
    { key: "total", name: t("analytics.reports.total"), cells: cellsOf(result.totals), total: true },
  ];
  const tableColumns = [
    {
      key: "name",
      title: t(`analytics.reports.dim.${rows}`),
      fixed: "left" as const,
      render: (_: unknown, l: Line) => (l.total ? <strong>{l.name}</strong> : l.name),
    },
    ...result.columns.flatMap((_, j) =>
      result.measures.map((_m, m) => ({
        key: `c${j}-${m}`,
        title: heading(j, m),
        align: "right" as const,
        render: (_: unknown, l: Line) => {
          const text = l.cells.find((c) => c.j === j && c.m === m)?.text ?? "";
          return (
            <span
              data-testid={l.total ? "report-total-cell" : "report-cell"}
              style={l.total ? { fontWeight: 600 } : undefined}
            >
              {text}
            </span>
          );
        },
      })),
    ),
  ];
  return (
    <>
      {option ? <EChart option={option} label={t("analytics.reports.title")} height={300} /> : null}
      <Table<Line>
        rowKey="key"
        size="small"
        dataSource={lines}
        columns={tableColumns}
        pagination={false}
        scroll={{ x: "max-content" }}
        data-testid="report-table"
        onRow={(l) =>
          ({ "data-testid": l.total ? "report-total" : "report-row" }) as React.HTMLAttributes<HTMLElement>
        }
      />
    </>
  );
});
