import { Card, Col, Row, Segmented, Skeleton, Space, Statistic, Tag, Tooltip, Typography } from "antd";
import type { EChartsCoreOption } from "echarts/core";
import { useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { OPEN_STATUSES } from "../../app/types";
import { ErrorState } from "../../ui/ListState";
import { type KpiDefinitionView, type Period, useCatalogue, useDashboard } from "./api";
import { EChart } from "./EChart";

const ALL_STATUSES = [...OPEN_STATUSES, "resolved", "closed"].join(",");
// The KPIs drawn over time; the rest are cards only.
const RATE_LINES = ["resolution_rate", "fcr_rate", "sla_on_time_rate", "closed_loop_rate"];

function format(
  k: { unit: string; value: number | null },
  lang: string,
  minutes: (n: string) => string,
  days: (n: string) => string,
): string {
  if (k.value === null) return "—";
  const n = new Intl.NumberFormat(lang, { maximumFractionDigits: k.unit === "ratio" ? 1 : 0 });
  if (k.unit === "ratio") return `${n.format(k.value * 100)} %`;
  if (k.unit === "score") return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(k.value);
  if (k.unit === "minutes") return minutes(n.format(k.value));
  if (k.unit === "days")
    return days(new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(k.value));
  return n.format(k.value);
}

// The queue with the filters that show the tickets behind a number (mine: only my tickets).
function drillUrl(def: KpiDefinitionView | undefined, mine: boolean): string {
  const p = new URLSearchParams({ view: "allOpen", status: def?.drill.status ?? ALL_STATUSES });
  if (def?.drill.type) p.set("type", def.drill.type);
  if (mine) p.set("assignee", "me");
  return `/console?${p.toString()}`;
}

// Every KPI of the range as a card (value, target, met or missed) and the trends as charts; each
// number and each bar opens the tickets behind it.
export function KpiBoard({ mine }: { mine: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === "en" ? "en" : "zh";
  const navigate = useNavigate();
  const [period, setPeriod] = useState<Period>("12m");
  const board = useDashboard(period, mine);
  const catalogue = useCatalogue();
  const defs = useMemo(() => new Map((catalogue.data?.items ?? []).map((d) => [d.id, d])), [catalogue.data]);
  const minutes = (n: string) => t("analytics.minutes", { n });
  const days = (n: string) => t("analytics.days", { n });
  const name = useCallback((id: string) => defs.get(id)?.name[lang] ?? id, [defs, lang]);

  const kpis = board.data?.kpis ?? [];
  const volume = kpis.find((k) => k.kpi === "volume");
  const backlog = kpis.find((k) => k.kpi === "backlog");
  const volumeChart: EChartsCoreOption = useMemo(
    () => ({
      tooltip: { trigger: "axis" },
      legend: { top: 0, type: "scroll" },
      grid: { left: 40, right: 16, top: 32, bottom: 24 },
      xAxis: { type: "category", data: volume?.series.map((p) => p.key) ?? [] },
      yAxis: { type: "value", minInterval: 1 },
      series: [volume, backlog].flatMap((k) =>
        k ? [{ type: "bar", name: name(k.kpi), data: k.series.map((p) => p.value) }] : [],
      ),
    }),
    [volume, backlog, name],
  );
  const rateChart: EChartsCoreOption = useMemo(
    () => ({
      tooltip: {
        trigger: "axis",
        valueFormatter: (v: number | null) => (v === null ? "—" : `${Math.round(v * 1000) / 10} %`),
      },
      legend: { top: 0, type: "scroll" },
      grid: { left: 48, right: 16, top: 40, bottom: 24 },
      xAxis: { type: "category", data: volume?.series.map((p) => p.key) ?? [] },
      yAxis: { type: "value", min: 0, max: 1, axisLabel: { formatter: (v: number) => `${v * 100} %` } },
      series: kpis
        .filter((k) => RATE_LINES.includes(k.kpi))
        .map((k) => ({
          type: "line",
          name: name(k.kpi),
          connectNulls: true,
          data: k.series.map((p) => p.value),
        })),
    }),
    [kpis, volume, name],
  );

  if (board.isError) return <ErrorState error={board.error} onRetry={() => board.refetch()} />;
  if (!board.data) return <Skeleton active paragraph={{ rows: 6 }} />;
  const open = (id: string) => navigate(drillUrl(defs.get(id), mine));
  return (
    <Space direction="vertical" size="large" style={{ width: "100%" }}>
      <Segmented<Period>
        value={period}
        onChange={setPeriod}
        options={[
          { value: "30d", label: t("analytics.period.30d") },
          { value: "12m", label: t("analytics.period.12m") },
        ]}
      />
      <Row gutter={[16, 16]}>
        {kpis.map((k) => {
          const def = defs.get(k.kpi);
          return (
            <Col key={k.kpi} xs={12} md={8} xl={6}>
              <Card
                size="small"
                hoverable
                role="link"
                tabIndex={0}
                aria-label={t("analytics.openTickets", { kpi: name(k.kpi) })}
                onClick={() => open(k.kpi)}
                onKeyDown={(e) => e.key === "Enter" && open(k.kpi)}
                data-kpi={k.kpi}
              >
                <Tooltip title={def?.definition[lang]}>
                  <Statistic title={name(k.kpi)} value={format(k, i18n.language, minutes, days)} />
                </Tooltip>
                <Space size={4} wrap>
                  {k.target !== null && (
                    <Typography.Text type="secondary">
                      {t("analytics.target", {
                        value: format({ unit: k.unit, value: k.target }, i18n.language, minutes, days),
                      })}
                    </Typography.Text>
                  )}
                  {k.status && (
                    <Tag color={k.status === "met" ? "green" : "red"}>
                      {t(`analytics.status.${k.status}`)}
                    </Tag>
                  )}
                  {def?.pendingSource && <Tag>{t("analytics.pending")}</Tag>}
                </Space>
              </Card>
            </Col>
          );
        })}
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t("analytics.charts.volume")}>
            <EChart option={volumeChart} label={t("analytics.charts.volume")} onPick={() => open("volume")} />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t("analytics.charts.rates")}>
            <EChart option={rateChart} label={t("analytics.charts.rates")} />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
