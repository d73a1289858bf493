import { Card, Col, Empty, Flex, InputNumber, List, Row, Table, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTitle } from "../../app/useTitle";
import { ListState } from "../../ui/ListState";
import { PageHeader } from "../../ui/patterns";
import { type Benchmark, useBenchmark, useQuarterPlan } from "./api";
import { PhaseTag } from "./labels";

type BenchRow = {
  key: string;
  name: string;
  response: string;
  onSite: string;
  warranty: string;
  source: string | null;
  note: string | null;
};

function BenchmarkCard() {
  const { t, i18n } = useTranslation();
  const query = useBenchmark();
  const lang = i18n.language === "en" ? "en" : "zh";
  // Under an hour in minutes, otherwise hours to one decimal.
  const duration = (h: number) =>
    h < 1
      ? t("improvement.benchmark.minutes", { m: Math.round(h * 60) })
      : t("improvement.benchmark.hours", { h: Math.round(h * 10) / 10 });
  const hours = (h: number | null) => (h === null ? t("improvement.benchmark.na") : duration(h));
  const range = (r: { min: number; max: number } | null) =>
    r === null
      ? t("improvement.benchmark.na")
      : r.min === r.max
        ? duration(r.min)
        : `${duration(r.min)} – ${duration(r.max)}`;
  const rows = (b: Benchmark): BenchRow[] => [
    {
      key: "ours",
      name: t("improvement.benchmark.ours"),
      response: range(b.ours.responseHours),
      onSite: range(b.ours.resolutionHours),
      warranty: t("improvement.benchmark.oursWarranty"),
      source: null,
      note: null,
    },
    ...b.peers.map((p) => ({
      key: p.name.en,
      name: p.name[lang],
      response: hours(p.responseHours),
      onSite: hours(p.onSiteHours),
      warranty: p.warranty[lang],
      source: p.source,
      note: p.sourceNote[lang],
    })),
  ];
  return (
    <Card size="small" title={t("improvement.benchmark.title")} data-testid="benchmark">
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t("improvement.benchmark.intro")}
      </Typography.Paragraph>
      <ListState query={query} empty={!query.data} emptyText={t("improvement.item.gone")}>
        {query.data && (
          <Table<BenchRow>
            size="small"
            pagination={false}
            scroll={{ x: 720 }}
            dataSource={rows(query.data)}
            columns={[
              {
                key: "name",
                title: t("improvement.benchmark.peer"),
                dataIndex: "name",
                render: (v, r) => (r.key === "ours" ? <strong>{v}</strong> : v),
              },
              { key: "response", title: t("improvement.benchmark.response"), dataIndex: "response" },
              { key: "onSite", title: t("improvement.benchmark.onSite"), dataIndex: "onSite" },
              { key: "warranty", title: t("improvement.benchmark.warranty"), dataIndex: "warranty" },
              {
                key: "source",
                title: t("improvement.benchmark.source"),
                render: (_, r) =>
                  r.source ? (
                    <Flex vertical>
                      <a href={r.source} target="_blank" rel="noopener noreferrer">
                        {new URL(r.source).hostname}
                      </a>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {r.note}
                      </Typography.Text>
                    </Flex>
                  ) : null,
              },
            ]}
          />
        )}
      </ListState>
    </Card>
  );
}

// The quarterly improvement plan (cycles by due quarter) and the service-promise benchmark.
export default function PlanPage() {
  const { t } = useTranslation();
  useTitle(t("improvement.plan.title"));
  const [year, setYear] = useState(new Date().getFullYear());
  const query = useQuarterPlan(year);
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <PageHeader title={t("improvement.plan.title")} description={t("improvement.plan.intro")} />
        <Flex gap={8} align="center">
          <span>{t("improvement.plan.year")}</span>
          <InputNumber min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
        </Flex>
      </Flex>
      <ListState query={query} empty={!query.data} emptyText={t("improvement.item.gone")}>
        <Row gutter={[12, 12]} data-testid="quarters">
          {query.data?.quarters.map((q) => (
            <Col key={q.quarter} xs={24} md={12} xl={6}>
              <Card size="small" title={q.quarter} style={{ height: "100%" }}>
                {q.cycles.length === 0 ? (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("improvement.plan.empty")} />
                ) : (
                  <List
                    size="small"
                    dataSource={q.cycles}
                    renderItem={(c) => (
                      <List.Item>
                        <Flex vertical gap={2} style={{ minWidth: 0 }}>
                          <Link to={`/console/improvement/cycles/${c.id}`}>{c.itemTitle}</Link>
                          <Flex gap={6} wrap align="center">
                            <PhaseTag phase={c.phase} />
                            <Typography.Text type="secondary">
                              {c.dueDate}
                              {c.ownerName ? ` · ${c.ownerName}` : ""}
                            </Typography.Text>
                          </Flex>
                        </Flex>
                      </List.Item>
                    )}
                  />
                )}
              </Card>
            </Col>
          ))}
        </Row>
      </ListState>
      <BenchmarkCard />
    </Flex>
  );
}
