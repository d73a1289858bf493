import { Card, Col, Row, Segmented, Skeleton, Space, Statistic, Tag, Tooltip, Typography } from "antd";
import type { EChartsCoreOption } from "echarts/core";
import { useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ErrorState } from "../../ui/ListState";
import { type Period, useCatalogue, useDashboard } from "./api";
import { EChart } from "./EChart";
import { formatKpi as format } from "./kpi-format";

// The KPIs drawn over time; the rest are cards only.
const RATE_LINES = ["resolution_rate", "fcr_rate", "sla_on_time_rate", "closed_loop_rate"];

// The tickets behind a number over the board's range (mine: only my tickets).
function drillUrl(kpi: string, range: { from: string; to: string }, mine: boolean): string {
  const p = new URLSearchParams({ kpi, from: range.from, to: range.to });
  if (mine) p.set("mine", "true");
  return `/console/analytics/tickets?${p.toString()}`;
}

// A chart bucket (a day "2026-11-03" or a month "2026-11") as a range, inside the board's range.
function bucketRange(key: string, board: { from: string; to: string }): { from: string; to: string } {
  if (key.length !== 7) return { from: key, to: key };
  const [y, m] = key.split("-").map(Number);
  const last = new Date(Date.UTC(y ?? 1970, m ?? 1, 0)).toISOString().slice(0, 10);
  return {
    from: `${key}-01` < board.from ? board.from : `${key}-01`,
    to: [last, board.to].sort()[0] ?? last,
  };
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
  const range = { from: board.data.from, to: board.data.to };
  const open = (id: string, within = range) => navigate(drillUrl(id, within, mine));
  // Churn, repeat purchase and referral count customers: no tickets behind them, so their card
  // opens customer insight instead.
  const openCard = (id: string) =>
    defs.get(id)?.scope === "customers" ? navigate("/console/customer-insight") : open(id);
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
          const byCustomers = def?.scope === "customers";
          return (
            <Col key={k.kpi} xs={12} md={8} xl={6}>
              <Card
                size="small"
                hoverable
                role="link"
                tabIndex={0}
                aria-label={t(byCustomers ? "analytics.openInsight" : "analytics.openTickets", {
                  kpi: name(k.kpi),
                })}
                onClick={() => openCard(k.kpi)}
                onKeyDown={(e) => e.key === "Enter" && openCard(k.kpi)}
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
                  {byCustomers && <Tag color="blue">{t("analytics.byCustomers")}</Tag>}
                </Space>
              </Card>
            </Col>
          );
        })}
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t("analytics.charts.volume")}>
            <EChart
              option={volumeChart}
              label={t("analytics.charts.volume")}
              onPick={(key) => open("volume", key ? bucketRange(key, range) : range)}
            />
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
