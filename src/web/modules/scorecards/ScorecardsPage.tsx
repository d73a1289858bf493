import { Button, Card, Flex, Select, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { SCORECARD_ROLES } from "../../../shared/scorecards";
import { useAuth } from "../../app/auth";
import { showError, showSuccess } from "../../app/feedback";
import { useTitle } from "../../app/useTitle";
import { ListState, PageHeader } from "../../ui/patterns";
import { recentMonths, type Scorecard, type ScorecardRole, useCompute, useScorecards } from "./api";
import { useKpiText } from "./kpi-format";
import { WeightsCard } from "./WeightsCard";

const score = (n: number | null) => (n === null ? "—" : n.toFixed(1));
const byScore = (a: number | null, b: number | null) => (a ?? -1) - (b ?? -1);

// People → Scorecards: a month's cards the caller may see (a lead their people, sortable; anyone
// else their own), computing the month, and the admin's weights.
export default function ScorecardsPage() {
  const { t } = useTranslation();
  useTitle(t("scorecards.list.title"));
  const { user } = useAuth();
  const lead = user?.role === "admin" || user?.role === "supervisor";
  const [period, setPeriod] = useState<string | undefined>(undefined);
  const [role, setRole] = useState<ScorecardRole | undefined>(undefined);
  const q = useScorecards(period, role);
  const compute = useCompute();
  const kpi = useKpiText();
  const shown = period ?? q.data?.period;
  return (
    <Flex vertical gap={12} style={{ maxWidth: 1200 }}>
      <PageHeader
        title={t("scorecards.list.title")}
        description={t(lead ? "scorecards.list.intro" : "scorecards.list.mineIntro")}
      />
      <Card size="small">
        <Flex gap={8} wrap align="center">
          <Select
            value={shown}
            style={{ width: 130 }}
            aria-label={t("scorecards.list.month")}
            data-testid="scorecard-month"
            onChange={setPeriod}
            options={recentMonths().map((m) => ({ value: m, label: m }))}
          />
          {lead ? (
            <Select
              value={role ?? ""}
              style={{ width: 140 }}
              aria-label={t("scorecards.list.role")}
              onChange={(v) => setRole((v || undefined) as ScorecardRole | undefined)}
              options={[
                { value: "", label: t("scorecards.list.allRoles") },
                ...SCORECARD_ROLES.map((r) => ({ value: r, label: t(`scorecards.list.roles.${r}`) })),
              ]}
            />
          ) : null}
          {lead && shown ? (
            <Button
              loading={compute.isPending}
              data-testid="scorecard-compute"
              onClick={() =>
                compute.mutate(shown, {
                  onSuccess: () => showSuccess(t("scorecards.list.computed", { period: shown })),
                  onError: showError,
                })
              }
            >
              {t("scorecards.list.compute")}
            </Button>
          ) : null}
        </Flex>
      </Card>
      <ListState
        query={q}
        empty={(q.data?.items.length ?? 0) === 0}
        emptyText={t("scorecards.list.notComputed", { period: shown ?? "" })}
      >
        <Table<Scorecard>
          rowKey="id"
          size="small"
          dataSource={q.data?.items ?? []}
          pagination={false}
          scroll={{ x: 560 }}
          data-testid="scorecard-table"
          columns={[
            {
              title: t("scorecards.list.person"),
              sorter: (a, b) => a.subjectName.localeCompare(b.subjectName),
              render: (_, c) => (
                <Flex vertical>
                  <Link to={`/console/scorecards/${c.id}`} data-testid={`scorecard-link-${c.subjectName}`}>
                    {c.subjectName}
                  </Link>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(`scorecards.list.roles.${c.role}`)}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              title: t("scorecards.list.score"),
              key: "score",
              align: "right",
              defaultSortOrder: "descend",
              sorter: (a, b) => byScore(a.score, b.score),
              render: (_, c) => <b data-testid={`scorecard-score-${c.subjectName}`}>{score(c.score)}</b>,
            },
            {
              title: t("scorecards.list.volume"),
              dataIndex: "volume",
              align: "right",
              sorter: (a, b) => a.volume - b.volume,
            },
            ...(["efficiency", "quality", "attitude"] as const).map((cat) => ({
              title: t(`scorecards.categories.${cat}`),
              key: cat,
              align: "right" as const,
              responsive: ["md" as const],
              sorter: (a: Scorecard, b: Scorecard) =>
                byScore(a.categories[cat] ?? null, b.categories[cat] ?? null),
              render: (_: unknown, c: Scorecard) => score(c.categories[cat] ?? null),
            })),
            {
              title: t("scorecards.list.weak"),
              key: "weak",
              render: (_, c) =>
                c.weakKpis.length === 0 ? (
                  <Typography.Text type="secondary">{t("scorecards.list.none")}</Typography.Text>
                ) : (
                  <Flex gap={4} wrap>
                    {c.weakKpis.map((k) => (
                      <Tag key={k} color="orange" style={{ marginInlineEnd: 0 }}>
                        {kpi.name(k)}
                      </Tag>
                    ))}
                  </Flex>
                ),
            },
          ]}
        />
      </ListState>
      {user?.role === "admin" ? <WeightsCard /> : null}
    </Flex>
  );
}
