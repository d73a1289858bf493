import { Card, Flex, Grid, Select, Space, Table, Tag, Tooltip, Typography } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../../app/format";
import { useTitle } from "../../app/useTitle";
import { ListState, PageHeader } from "../../ui/patterns";
import { partName } from "../parts/api";
import { type PartsDemandLine, usePartsDemand } from "./insight-api";

// Parts planners' view of the weekly parts forecast: per part × stock site the rate with its
// interval, the backtest beside naive's (a model that does not beat naive is marked), and what the
// forecast would order next to the purchase list's reorder-point rule.
function useNumber() {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const two = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
    const pct = new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: 0 });
    return { n: (x: number) => two.format(x), pct: (x: number) => pct.format(x) };
  }, [i18n.language]);
}

function BacktestCell({ line, kind }: { line: PartsDemandLine; kind: "mase" | "coverage" }) {
  const { t } = useTranslation();
  const f = useNumber();
  const b = line.backtest;
  if (!b) return <Typography.Text type="secondary">{t("partsDemand.noBacktest")}</Typography.Text>;
  if (kind === "coverage")
    return (
      <span>
        {t("partsDemand.versus", { model: f.pct(b.coverage80), naive: f.pct(b.baselineCoverage80) })}
      </span>
    );
  const beats = b.mase < b.baselineMase;
  return (
    <Space size={4} wrap data-testid="parts-demand-mase">
      <span>{t("partsDemand.versus", { model: f.n(b.mase), naive: f.n(b.baselineMase) })}</span>
      <Tag color={beats ? "green" : "orange"} data-testid={beats ? "beats-naive" : "loses-to-naive"}>
        {beats ? t("partsDemand.beats") : t("partsDemand.loses")}
      </Tag>
    </Space>
  );
}

export default function PartsDemandPage() {
  const { t, i18n } = useTranslation();
  useTitle(t("partsDemand.title"));
  const fmt = useFormat();
  const f = useNumber();
  const q = usePartsDemand();
  // On a phone the site goes under the part, so the forecast is the first figure in view.
  const wide = Grid.useBreakpoint().md ?? true;
  const [site, setSite] = useState<string | null>(null);
  const data = q.data;
  const sites = useMemo(() => {
    const seen = new Map<string, string>();
    for (const l of data?.items ?? []) seen.set(l.siteCode, l.siteName);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [data]);
  const rows = (data?.items ?? []).filter((l) => !site || l.siteCode === site);
  const ahead = data?.aheadWeeks ?? 4;
  return (
    <Flex vertical gap={16} style={{ maxWidth: 1400, margin: "0 auto" }}>
      <PageHeader
        title={t("partsDemand.title")}
        description={t("partsDemand.intro", { weeks: data?.weeks ?? 104, ahead })}
      />
      <Card size="small">
        <ListState query={q} empty={false} emptyText="">
          {data && (
            <Flex vertical gap={12}>
              <Flex gap={12} wrap align="center" justify="space-between">
                <Select
                  allowClear
                  style={{ minWidth: 220 }}
                  placeholder={t("partsDemand.allSites")}
                  aria-label={t("partsDemand.site")}
                  data-testid="parts-demand-site"
                  value={site}
                  onChange={(v) => setSite(v ?? null)}
                  options={sites}
                />
                <Typography.Text type="secondary">
                  {t("partsDemand.firstWeek", { date: fmt.date(data.firstWeek) })}
                </Typography.Text>
              </Flex>
              <Table<PartsDemandLine>
                size="small"
                data-testid="parts-demand"
                rowKey={(l) => `${l.partId}@${l.siteId}`}
                pagination={{ pageSize: 25, hideOnSinglePage: true }}
                scroll={{ x: wide ? 1100 : 960 }}
                locale={{ emptyText: t("partsDemand.empty") }}
                dataSource={rows}
                columns={[
                  {
                    key: "part",
                    title: t("partsDemand.col.part"),
                    fixed: wide ? "left" : undefined,
                    width: wide ? 200 : 140,
                    render: (_, l) => (
                      <Flex vertical>
                        <span>
                          <Link to={`/console/parts/${encodeURIComponent(l.partNo)}`}>{l.partNo}</Link>{" "}
                          {partName(l, i18n.language)}
                        </span>
                        {!wide && <Typography.Text type="secondary">{l.siteName}</Typography.Text>}
                      </Flex>
                    ),
                  },
                  {
                    key: "site",
                    title: t("partsDemand.col.site"),
                    responsive: ["md"],
                    render: (_, l) => l.siteName,
                  },
                  {
                    key: "weekly",
                    title: t("partsDemand.col.weekly"),
                    align: "right",
                    sorter: (a, b) => a.forecast.mean - b.forecast.mean,
                    defaultSortOrder: "descend",
                    sortDirections: ["descend", "ascend"],
                    render: (_, l) => (
                      <span data-testid="parts-demand-weekly">
                        <Typography.Text strong>{f.n(l.forecast.mean)}</Typography.Text>{" "}
                        <Typography.Text type="secondary">
                          ({f.n(l.forecast.lo80)} – {f.n(l.forecast.hi80)})
                        </Typography.Text>
                      </span>
                    ),
                  },
                  {
                    key: "ahead",
                    title: t("partsDemand.col.ahead", { weeks: ahead }),
                    align: "right",
                    render: (_, l) => f.n(l.forecast.mean * ahead),
                  },
                  {
                    key: "mase",
                    title: t("partsDemand.col.mase"),
                    render: (_, l) => <BacktestCell line={l} kind="mase" />,
                  },
                  {
                    key: "coverage",
                    title: t("partsDemand.col.coverage"),
                    render: (_, l) => <BacktestCell line={l} kind="coverage" />,
                  },
                  {
                    key: "available",
                    title: t("partsDemand.col.available"),
                    align: "right",
                    dataIndex: "available",
                  },
                  {
                    key: "order",
                    title: (
                      <Tooltip title={t("partsDemand.orderHint", { weeks: data.leadWeeks + 1 })}>
                        {t("partsDemand.col.order")}
                      </Tooltip>
                    ),
                    align: "right",
                    render: (_, l) => `${l.forecastSuggestion} / ${l.partsSuggestion}`,
                  },
                ]}
              />
            </Flex>
          )}
        </ListState>
      </Card>
    </Flex>
  );
}
