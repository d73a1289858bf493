import { Card, Flex, Segmented, Space, Table, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTitle } from "../../app/useTitle";
import { ListState, PageHeader } from "../../ui/patterns";
import { EChart } from "./EChart";
import { byWeek, type SeriesForecast, useVolumeForecast, type VolumeForecast } from "./forecast-api";

type View = "total" | "channels" | "productLines";
type Grain = "day" | "week";

const pct = (x: number) => `${Math.round(x * 100)} %`;

function useSeriesLabel(view: View) {
  const { t } = useTranslation();
  return (key: string) =>
    view === "channels"
      ? t(`channel.${key}`, { defaultValue: key })
      : view === "productLines"
        ? t(`forecast.line.${key}`, { defaultValue: key })
        : t("forecast.all");
}

function BacktestLine({ s }: { s: SeriesForecast }) {
  const { t } = useTranslation();
  const b = s.backtest;
  if (!b) return <Typography.Text type="secondary">{t("forecast.noBacktest")}</Typography.Text>;
  const beats = b.mase < b.baselineMase;
  return (
    <Space wrap size={[8, 4]} data-testid={`backtest-${s.key}`}>
      <Typography.Text strong>{t("forecast.backtest")}</Typography.Text>
      <Tag color={beats ? "green" : "orange"}>{beats ? t("forecast.beats") : t("forecast.loses")}</Tag>
      <Typography.Text>{t("forecast.mase", { value: b.mase.toFixed(2) })}</Typography.Text>
      <Typography.Text type="secondary">
        {t("forecast.baseline", { value: b.baselineMase.toFixed(2) })}
      </Typography.Text>
      <Typography.Text>{t("forecast.coverage", { value: pct(b.coverage80) })}</Typography.Text>
      <Typography.Text type="secondary">
        {t("forecast.folds", { folds: b.folds, horizon: b.horizon })}
      </Typography.Text>
    </Space>
  );
}

function SeriesCard({ s, label, grain }: { s: SeriesForecast; label: string; grain: Grain }) {
  const { t } = useTranslation();
  const rows = useMemo(() => {
    if (grain === "day") return s.forecast.map((p) => ({ ...p, key: p.date }));
    const mean = byWeek(s.forecast, (p) => p.mean);
    return mean.map((m) => ({ key: m.date, date: m.date, mean: m.value, lo80: null, hi80: null }));
  }, [s, grain]);
  const option = useMemo(() => {
    const history =
      grain === "day"
        ? s.recent.map((p) => ({ date: p.date, value: p.value }))
        : byWeek(s.recent, (p) => p.value);
    const dates = [...history.map((p) => p.date), ...rows.map((r) => r.date)];
    const pad = history.map(() => null);
    return {
      tooltip: { trigger: "axis" },
      legend: { bottom: 0 },
      grid: { left: 40, right: 16, top: 16, bottom: 56 },
      xAxis: { type: "category", data: dates },
      yAxis: { type: "value", minInterval: 1 },
      series: [
        { name: t("forecast.history"), type: "line", data: history.map((p) => p.value), showSymbol: false },
        {
          name: t("forecast.forecast"),
          type: "line",
          data: [...pad, ...rows.map((r) => r.mean)],
          lineStyle: { type: "dashed" },
        },
        ...(grain === "day"
          ? [
              {
                name: t("forecast.low"),
                type: "line",
                data: [...pad, ...rows.map((r) => r.lo80)],
                showSymbol: false,
                lineStyle: { opacity: 0.4 },
              },
              {
                name: t("forecast.high"),
                type: "line",
                data: [...pad, ...rows.map((r) => r.hi80)],
                showSymbol: false,
                lineStyle: { opacity: 0.4 },
              },
            ]
          : []),
      ],
    };
  }, [s, rows, grain, t]);
  return (
    <Card size="small" title={label} data-testid={`forecast-${s.key}`}>
      <Flex vertical gap={8}>
        <BacktestLine s={s} />
        <EChart option={option} height={240} label={t("forecast.title")} />
        <Table
          size="small"
          pagination={false}
          scroll={{ x: true }}
          dataSource={rows}
          columns={[
            { title: grain === "day" ? t("forecast.date") : t("forecast.week"), dataIndex: "date" },
            { title: t("forecast.forecast"), dataIndex: "mean", align: "right" },
            ...(grain === "day"
              ? [
                  {
                    title: t("forecast.interval"),
                    key: "interval",
                    align: "right" as const,
                    render: (_: unknown, r: (typeof rows)[number]) => `${r.lo80} – ${r.hi80}`,
                  },
                ]
              : []),
          ]}
        />
      </Flex>
    </Card>
  );
}

function Staffing({ data }: { data: VolumeForecast }) {
  const { t } = useTranslation();
  const st = data.staffing;
  // Channels the forecast expects nothing of on any day would only add columns of zeros.
  const channels = data.channels
    .map((c) => c.key)
    .filter((ch) => st.days.some((d) => d.channels.some((c) => c.channel === ch && c.tickets > 0)));
  const handling = Object.entries(st.handlingSeconds)
    .map(
      ([k, v]) =>
        `${k === "default" ? "…" : t(`channel.${k}`, { defaultValue: k })} ${Math.round(v / 60)} min`,
    )
    .join(", ");
  return (
    <Card size="small" title={t("forecast.staffing.title")} data-testid="staffing">
      <Typography.Paragraph type="secondary">
        {t("forecast.staffing.intro", {
          level: Math.round(st.serviceLevel * 100),
          seconds: st.targetSeconds,
          handling,
        })}
      </Typography.Paragraph>
      <Table
        size="small"
        pagination={false}
        scroll={{ x: 200 + channels.length * 170 }}
        rowKey="date"
        dataSource={st.days}
        columns={[
          { title: t("forecast.date"), dataIndex: "date", fixed: "left" },
          ...channels.map((ch) => ({
            title: t(`channel.${ch}`, { defaultValue: ch }),
            key: ch,
            render: (_: unknown, d: VolumeForecast["staffing"]["days"][number]) => {
              const c = d.channels.find((x) => x.channel === ch);
              return c ? (
                <Space size={4}>
                  <Typography.Text strong>{c.agents}</Typography.Text>
                  <Typography.Text type="secondary">
                    ({t("forecast.staffing.tickets", { n: c.tickets })},{" "}
                    {t(`forecast.staffing.${c.method === "erlang_c" ? "erlang" : "workload"}`)})
                  </Typography.Text>
                </Space>
              ) : null;
            },
          })),
          { title: t("forecast.staffing.total"), dataIndex: "agents", align: "right" as const },
        ]}
      />
    </Card>
  );
}

export default function ForecastPage() {
  const { t } = useTranslation();
  useTitle(t("forecast.title"));
  const q = useVolumeForecast(14);
  const [view, setView] = useState<View>("total");
  const [grain, setGrain] = useState<Grain>("day");
  const label = useSeriesLabel(view);
  const data = q.data;
  const series = data ? (view === "total" ? [data.total] : data[view]) : [];
  return (
    <Flex vertical gap={16} style={{ maxWidth: 1400, margin: "0 auto" }}>
      <PageHeader title={t("forecast.title")} description={t("forecast.intro", { horizon: 14 })} />
      <ListState query={q} empty={false} emptyText="">
        {data && (
          <Flex vertical gap={16}>
            {data.demoHistory && (
              <Typography.Text type="secondary">{t("forecast.demoHistory")}</Typography.Text>
            )}
            <Flex gap={8} wrap>
              <Segmented<View>
                value={view}
                onChange={setView}
                data-testid="forecast-view"
                options={(["total", "channels", "productLines"] as const).map((v) => ({
                  value: v,
                  label: t(`forecast.view.${v}`),
                }))}
              />
              <Segmented<Grain>
                value={grain}
                onChange={setGrain}
                options={(["day", "week"] as const).map((g) => ({
                  value: g,
                  label: t(`forecast.grain.${g}`),
                }))}
              />
            </Flex>
            {series.map((s) => (
              <SeriesCard key={s.key} s={s} label={label(s.key)} grain={grain} />
            ))}
            <Staffing data={data} />
          </Flex>
        )}
      </ListState>
    </Flex>
  );
}
