import { Button, Card, List, Space, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { showError } from "../../app/feedback";
import { useTitle } from "../../app/useTitle";
import { ListState } from "../../ui/ListState";
import { type Contest, type Leaderboard, useContests, useLeaderboard, useStartAttempt } from "./api";

function Board({ id }: { id: string }) {
  const { t } = useTranslation();
  const q = useLeaderboard(id);
  return (
    <Table<Leaderboard["rows"][number]>
      rowKey="userId"
      size="small"
      data-testid="leaderboard"
      loading={q.isPending}
      dataSource={q.data?.rows ?? []}
      locale={{ emptyText: t("people.contests.empty") }}
      pagination={false}
      scroll={{ x: true }}
      columns={[
        { title: t("people.contests.rank"), dataIndex: "rank", width: 64 },
        { title: t("people.contests.person"), dataIndex: "userName" },
        { title: t("people.contests.score"), render: (_, r) => `${r.score} (${r.percent}%)` },
        {
          title: t("people.contests.time"),
          render: (_, r) =>
            t("people.contests.seconds", { m: Math.floor(r.seconds / 60), s: r.seconds % 60 }),
        },
      ]}
    />
  );
}

// Skill contests: each one's window and leaderboard; an open one can be entered.
export default function ContestsPage() {
  const { t } = useTranslation();
  useTitle(t("people.contests.title"));
  const q = useContests();
  const [chosen, setChosen] = useState<string>();
  const navigate = useNavigate();
  const start = useStartAttempt();
  const rows = q.data ?? [];
  const current = chosen ?? rows[0]?.id;
  const enter = (c: Contest) =>
    start.mutate(
      { contestId: c.id },
      { onSuccess: (a) => navigate(`/console/exams/attempts/${a.id}`), onError: showError },
    );
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }} data-testid="contests-page">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("people.contests.title")}
        </Typography.Title>
        <Typography.Text type="secondary">{t("people.contests.intro")}</Typography.Text>
      </div>
      <ListState query={q} empty={rows.length === 0} emptyText={t("people.contests.none")}>
        <List
          dataSource={rows}
          renderItem={(c) => (
            <Card
              size="small"
              style={{ marginBottom: 12, borderColor: c.id === current ? "#1677ff" : undefined }}
              title={
                <Space wrap size={4}>
                  <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setChosen(c.id)}>
                    {c.name}
                  </Button>
                  <Tag color={c.open ? "green" : "default"}>
                    {c.open ? t("people.contests.open") : t("people.contests.closed")}
                  </Tag>
                </Space>
              }
              extra={
                c.open ? (
                  <Button size="small" type="primary" loading={start.isPending} onClick={() => enter(c)}>
                    {t("people.contests.enter")}
                  </Button>
                ) : null
              }
            >
              <Typography.Text type="secondary">
                {c.examName} ·{" "}
                {t("people.contests.window", {
                  from: dayjs(c.startsAt).format("YYYY-MM-DD HH:mm"),
                  to: dayjs(c.endsAt).format("YYYY-MM-DD HH:mm"),
                })}
              </Typography.Text>
              {c.id === current ? <Board id={c.id} /> : null}
            </Card>
          )}
        />
      </ListState>
    </Space>
  );
}
