import { TrophyOutlined } from "@ant-design/icons";
import { Button, Card, Flex, InputNumber, Select, Table, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useAuth } from "../../app/auth";
import { showError, showSuccess } from "../../app/feedback";
import { useTitle } from "../../app/useTitle";
import { ListState, PageHeader } from "../../ui/patterns";
import { type Award, recentMonths, useAwards, usePickAwards } from "./api";

function PickAwards() {
  const { t } = useTranslation();
  const pick = usePickAwards();
  // Only finished months: the current one is still being scored.
  const months = recentMonths().slice(1);
  const [period, setPeriod] = useState(months[0] ?? "");
  const [topN, setTopN] = useState(1);
  const [minVolume, setMinVolume] = useState(10);
  return (
    <Card size="small">
      <Flex gap={12} wrap align="flex-end">
        <Flex vertical gap={2}>
          {t("scorecards.awards.period")}
          <Select
            value={period}
            style={{ width: 130 }}
            onChange={setPeriod}
            options={months.map((m) => ({ value: m, label: m }))}
          />
        </Flex>
        <Flex vertical gap={2}>
          {t("scorecards.awards.topN")}
          <InputNumber
            min={1}
            max={10}
            precision={0}
            value={topN}
            onChange={(v) => setTopN(Number(v ?? 1))}
          />
        </Flex>
        <Flex vertical gap={2}>
          {t("scorecards.awards.minVolume")}
          <InputNumber
            min={1}
            max={10000}
            precision={0}
            value={minVolume}
            onChange={(v) => setMinVolume(Number(v ?? 1))}
          />
        </Flex>
        <Button
          type="primary"
          icon={<TrophyOutlined />}
          loading={pick.isPending}
          onClick={() =>
            pick.mutate(
              { period, topN, minVolume },
              {
                onSuccess: (r) => showSuccess(t("scorecards.awards.picked", { count: r.items.length })),
                onError: showError,
              },
            )
          }
        >
          {t("scorecards.awards.pick")}
        </Button>
      </Flex>
    </Card>
  );
}

// People → Service stars: every month's winners per role (everyone at work sees them; a person's
// own stars are highlighted), and for leads the picking of a finished month.
export default function AwardsPage() {
  const { t } = useTranslation();
  useTitle(t("scorecards.awards.title"));
  const { user } = useAuth();
  const lead = user?.role === "admin" || user?.role === "supervisor";
  const q = useAwards();
  return (
    <Flex vertical gap={12} style={{ maxWidth: 1000 }}>
      <PageHeader title={t("scorecards.awards.title")} description={t("scorecards.awards.intro")} />
      {lead ? <PickAwards /> : null}
      <ListState query={q} empty={(q.data?.items.length ?? 0) === 0} emptyText={t("scorecards.awards.empty")}>
        <Table<Award>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={q.data?.items ?? []}
          data-testid="awards-table"
          columns={[
            { title: t("scorecards.awards.period"), dataIndex: "period" },
            {
              title: t("scorecards.awards.rank"),
              render: (_, a) => (
                <Tag color="gold" icon={<TrophyOutlined />}>
                  {t("scorecards.awards.star", { rank: a.rank, role: t(`scorecards.list.roles.${a.role}`) })}
                </Tag>
              ),
            },
            {
              title: t("scorecards.awards.person"),
              render: (_, a) =>
                lead || a.userId === user?.id ? (
                  <Link to={`/console/scorecards/${a.scorecardId}`}>
                    {a.userId === user?.id ? <b>{a.userName}</b> : a.userName}
                  </Link>
                ) : (
                  a.userName
                ),
            },
            { title: t("scorecards.awards.score"), align: "right", render: (_, a) => a.score.toFixed(1) },
            { title: t("scorecards.awards.volume"), dataIndex: "volume", align: "right", responsive: ["sm"] },
          ]}
        />
      </ListState>
    </Flex>
  );
}
