import { Flex, Table, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { CoachingPlanList } from "../../../shared/api/scorecards";
import { useTitle } from "../../app/useTitle";
import { ListState, PageHeader } from "../../ui/patterns";
import { usePlans } from "./api";

type Row = CoachingPlanList["items"][number];

// People → Coaching plans: the caller's own plans, or their people's for a lead.
export default function CoachingPlansPage() {
  const { t } = useTranslation();
  useTitle(t("scorecards.coaching.title"));
  const q = usePlans();
  return (
    <Flex vertical gap={12} style={{ maxWidth: 900 }}>
      <PageHeader title={t("scorecards.coaching.title")} />
      <ListState
        query={q}
        empty={(q.data?.items.length ?? 0) === 0}
        emptyText={t("scorecards.coaching.empty")}
      >
        <Table<Row>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={q.data?.items ?? []}
          columns={[
            {
              title: t("scorecards.coaching.person"),
              render: (_, p) => <Link to={`/console/coaching/${p.id}`}>{p.userName}</Link>,
            },
            { title: t("scorecards.coaching.month"), dataIndex: "period", responsive: ["sm"] },
            {
              title: t("scorecards.coaching.statusLabel"),
              render: (_, p) => (
                <Tag color={p.status === "open" ? "blue" : "default"}>
                  {p.outcome
                    ? t(`scorecards.coaching.outcome.${p.outcome}`)
                    : t(`scorecards.coaching.status.${p.status}`)}
                </Tag>
              ),
            },
            { title: t("scorecards.coaching.opened"), dataIndex: "openedOn", align: "right" },
          ]}
        />
      </ListState>
    </Flex>
  );
}
