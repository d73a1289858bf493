import { Button, Card, Flex, List, Progress, Statistic, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { SCORECARD_CATEGORIES } from "../../../shared/scorecards";
import { useAuth } from "../../app/auth";
import { showError, showSuccess } from "../../app/feedback";
import { useFormat } from "../../app/format";
import { useTitle } from "../../app/useTitle";
import { ErrorState } from "../../ui/ListState";
import { DetailLayout } from "../../ui/patterns";
import { EChart } from "../analytics/EChart";
import { type CardKpi, useOpenPlan, useScorecard } from "./api";
import { useKpiText } from "./kpi-format";

const fmt = (n: number | null) => (n === null ? "—" : n.toFixed(1));

// A person's (or team's) card: the total and categories, each KPI's value against its target as
// 0–100 with its weight, the trend over the stored months, their service stars and coaching plans.
export default function ScorecardPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useAuth();
  const navigate = useNavigate();
  const q = useScorecard(id);
  const open = useOpenPlan();
  const kpi = useKpiText();
  const c = q.data;
  useTitle(
    c ? t("scorecards.card.title", { name: c.subjectName, period: c.period }) : t("scorecards.list.title"),
  );
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  if (!c) return null;
  const lead = user?.role === "admin" || user?.role === "supervisor";
  const canCoach = lead && c.role !== "team" && c.subjectId !== user?.id && c.weakKpis.length > 0;
  const openPlan = c.plans.find((p) => p.status === "open");
  return (
    <DetailLayout
      testId="scorecard-detail"
      backTo="/console/scorecards"
      title={t("scorecards.card.title", { name: c.subjectName, period: c.period })}
      tags={<Tag>{t(`scorecards.list.roles.${c.role}`)}</Tag>}
      subtitle={t("scorecards.list.computedAt", { at: format.dateTime(c.computedAt) })}
      actions={
        canCoach && !openPlan ? (
          <Button
            type="primary"
            loading={open.isPending}
            data-testid="open-coaching-plan"
            onClick={() =>
              open.mutate(c.id, {
                onSuccess: (plan) => {
                  showSuccess(t("scorecards.card.planOpened"));
                  navigate(`/console/coaching/${plan.id}`);
                },
                onError: showError,
              })
            }
          >
            {t("scorecards.card.openPlan")}
          </Button>
        ) : null
      }
      side={
        <Flex vertical gap={12}>
          <Card size="small" title={t("scorecards.card.trend")}>
            <EChart
              label={t("scorecards.card.trend")}
              height={200}
              option={{
                grid: { left: 36, right: 12, top: 16, bottom: 28 },
                tooltip: { trigger: "axis" },
                xAxis: { type: "category", data: c.trend.map((p) => p.period) },
                yAxis: { type: "value", min: 0, max: 100 },
                series: [{ type: "line", data: c.trend.map((p) => p.score), connectNulls: true }],
              }}
            />
          </Card>
          <Card size="small" title={t("scorecards.card.awards")}>
            {c.awards.length === 0 ? (
              <Typography.Text type="secondary">{t("scorecards.list.none")}</Typography.Text>
            ) : (
              <Flex gap={4} wrap>
                {c.awards.map((a) => (
                  <Tag key={a.period} color="gold">
                    ★ {t("scorecards.card.rank", { period: a.period, rank: a.rank })}
                  </Tag>
                ))}
              </Flex>
            )}
          </Card>
          <Card size="small" title={t("scorecards.card.plans")}>
            <List
              size="small"
              dataSource={c.plans}
              locale={{ emptyText: t("scorecards.list.none") }}
              renderItem={(p) => (
                <List.Item>
                  <Link to={`/console/coaching/${p.id}`}>{p.openedOn}</Link>
                  <Tag color={p.status === "open" ? "blue" : "default"}>
                    {t(`scorecards.coaching.status.${p.status}`)}
                  </Tag>
                </List.Item>
              )}
            />
          </Card>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Card size="small">
          <Flex gap={24} wrap>
            <Statistic
              title={t("scorecards.list.score")}
              value={fmt(c.score)}
              valueStyle={{ fontWeight: 600 }}
            />
            {SCORECARD_CATEGORIES.map((cat) => (
              <Statistic
                key={cat}
                title={t(`scorecards.categories.${cat}`)}
                value={fmt(c.categories[cat] ?? null)}
              />
            ))}
            <Statistic title={t("scorecards.list.volume")} value={c.volume} />
          </Flex>
        </Card>
        <Card size="small" title={t("scorecards.card.breakdown")}>
          <Table<CardKpi>
            rowKey="kpi"
            size="small"
            pagination={false}
            dataSource={c.kpis}
            scroll={{ x: 420 }}
            data-testid="scorecard-kpis"
            columns={[
              {
                title: t("scorecards.card.kpi"),
                render: (_, k) => (
                  <Flex vertical>
                    <span>
                      {kpi.name(k.kpi)}{" "}
                      {k.belowTarget ? <Tag color="orange">{t("scorecards.list.weak")}</Tag> : null}
                    </span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t(`scorecards.categories.${k.category}`)}
                    </Typography.Text>
                  </Flex>
                ),
              },
              {
                title: t("scorecards.card.value"),
                align: "right",
                render: (_, k) => kpi.value(k.kpi, k.value),
              },
              {
                title: t("scorecards.card.target"),
                align: "right",
                responsive: ["sm"],
                render: (_, k) =>
                  k.kpi === "volume" && k.target !== null
                    ? t("scorecards.card.peerMean", { value: k.target.toFixed(1) })
                    : kpi.value(k.kpi, k.target),
              },
              {
                title: t("scorecards.card.normalised"),
                width: 130,
                render: (_, k) =>
                  k.normalised === null ? (
                    <Typography.Text type="secondary">{t("scorecards.card.noKpiData")}</Typography.Text>
                  ) : (
                    <Progress
                      percent={k.normalised}
                      size="small"
                      status={k.normalised < 100 ? "exception" : "success"}
                      format={(p) => fmt(p ?? 0)}
                    />
                  ),
              },
              {
                title: t("scorecards.card.weight"),
                dataIndex: "weight",
                align: "right",
                width: 70,
                responsive: ["sm"],
              },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t("scorecards.card.costNote")}
          </Typography.Paragraph>
        </Card>
      </Flex>
    </DetailLayout>
  );
}
