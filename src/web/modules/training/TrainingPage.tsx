import { Card, Checkbox, Empty, List, Progress, Space, Table, Tabs, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useUser } from "../../app/auth";
import { useTitle } from "../../app/useTitle";
import { ListState } from "../../ui/ListState";
import { type Programme, type TrainingAssignment, useAssignments, useMarkItem, useProgrammes } from "./api";
import { isManager } from "./roles";

function itemHref(item: Programme["items"][number]) {
  if (item.kind === "article" && item.articleId) return `/console/kb?article=${item.articleId}`;
  return item.url ?? undefined;
}

// One of my programmes: its items to tick off, the progress and the due date.
function MyCourse({ a, programme }: { a: TrainingAssignment; programme: Programme | undefined }) {
  const { t } = useTranslation();
  const mark = useMarkItem();
  return (
    <Card
      size="small"
      data-testid="my-course"
      title={a.programmeName}
      extra={
        a.completedAt ? (
          <Tag color="green">{t("people.training.done")}</Tag>
        ) : (
          <Tag color={a.overdue ? "red" : "blue"}>
            {a.overdue ? t("people.training.late") : t("people.training.due", { date: a.dueOn })}
          </Tag>
        )
      }
      style={{ marginBottom: 12 }}
    >
      <Progress percent={Math.round(a.progress * 100)} size="small" />
      <List
        size="small"
        dataSource={programme?.items ?? []}
        renderItem={(item) => {
          const href = itemHref(item);
          return (
            <List.Item>
              <Checkbox
                checked={a.doneItems.includes(item.id)}
                disabled={mark.isPending}
                onChange={(e) => mark.mutate({ id: a.id, itemId: item.id, done: e.target.checked })}
              >
                <Space wrap size={4}>
                  {item.day ? <Tag>{t("people.training.day", { day: item.day })}</Tag> : null}
                  <Tag color="geekblue">{t(`people.training.item.${item.kind}`)}</Tag>
                  {href ? (
                    <Link to={href} target={item.kind === "article" ? undefined : "_blank"}>
                      {item.title}
                    </Link>
                  ) : (
                    item.title
                  )}
                </Space>
              </Checkbox>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}

function Mine({ programmes }: { programmes: Programme[] }) {
  const { t } = useTranslation();
  const q = useAssignments(true);
  return (
    <ListState query={q} empty={(q.data ?? []).length === 0} emptyText={t("people.training.noneMine")}>
      {(q.data ?? []).map((a) => (
        <MyCourse key={a.id} a={a} programme={programmes.find((p) => p.id === a.programmeId)} />
      ))}
    </ListState>
  );
}

function Programmes({ programmes }: { programmes: Programme[] }) {
  const { t } = useTranslation();
  if (programmes.length === 0) return <Empty description={t("people.training.none")} />;
  return (
    <Table<Programme>
      rowKey="id"
      size="small"
      scroll={{ x: true }}
      dataSource={programmes}
      pagination={false}
      expandable={{
        expandedRowRender: (p) => (
          <List
            size="small"
            dataSource={p.items}
            renderItem={(i) => (
              <List.Item>
                {i.day ? `${t("people.training.day", { day: i.day })} · ` : ""}
                {t(`people.training.item.${i.kind}`)} · {i.title}
              </List.Item>
            )}
          />
        ),
      }}
      columns={[
        { title: t("people.training.name"), dataIndex: "name" },
        {
          title: "",
          dataIndex: "kind",
          render: (k: Programme["kind"]) => <Tag>{t(`people.training.kind.${k}`)}</Tag>,
        },
        { title: t("people.training.items"), render: (_, p) => p.items.length },
        { title: t("people.training.assigned"), dataIndex: "assigned" },
        { title: t("people.training.completed"), dataIndex: "completed" },
        {
          title: t("people.training.overdueCount"),
          dataIndex: "overdue",
          render: (n: number) => (n > 0 ? <Tag color="red">{n}</Tag> : 0),
        },
      ]}
    />
  );
}

// Overdue training of everyone, for the manager.
function Overdue() {
  const { t } = useTranslation();
  const q = useAssignments(false, true);
  return (
    <ListState query={q} empty={(q.data ?? []).length === 0} emptyText={t("people.training.none")}>
      {
        <Table<TrainingAssignment>
          rowKey="id"
          size="small"
          data-testid="training-overdue"
          scroll={{ x: true }}
          dataSource={q.data ?? []}
          pagination={false}
          columns={[
            { title: t("people.training.person"), dataIndex: "userName" },
            { title: t("people.training.name"), dataIndex: "programmeName" },
            { title: t("people.training.due", { date: "" }), dataIndex: "dueOn" },
            {
              title: t("people.training.progress"),
              render: (_, a) => (
                <Progress percent={Math.round(a.progress * 100)} size="small" style={{ minWidth: 120 }} />
              ),
            },
          ]}
        />
      }
    </ListState>
  );
}

export default function TrainingPage() {
  const { t } = useTranslation();
  useTitle(t("people.training.title"));
  const user = useUser();
  const programmes = useProgrammes();
  const list = programmes.data ?? [];
  const tabs = [
    { key: "mine", label: t("people.training.mine"), children: <Mine programmes={list} /> },
    ...(isManager(user.role)
      ? [
          {
            key: "programmes",
            label: t("people.training.programmes"),
            children: <Programmes programmes={list} />,
          },
          { key: "overdue", label: t("people.training.overdue"), children: <Overdue /> },
        ]
      : []),
  ];
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }} data-testid="training-page">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("people.training.title")}
        </Typography.Title>
        <Typography.Text type="secondary">{t("people.training.intro")}</Typography.Text>
      </div>
      <Tabs items={tabs} />
    </Space>
  );
}
