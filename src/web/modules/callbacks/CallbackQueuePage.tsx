import { Button, Card, Grid, List, Segmented, Space, Switch, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useTitle } from "../../app/useTitle";
import { ListState } from "../../ui/ListState";
import { type Callback, useCallbackQueue } from "./api";

const RESULT_COLOR = {
  fixed: "green",
  not_fixed: "orange",
  complaint: "red",
  auto_confirmed: "default",
} as const;

function PhoneList({ rows, status }: { rows: Callback[]; status: "open" | "done" }) {
  const { t } = useTranslation();
  const now = Date.now();
  return (
    <List
      data-testid="callback-queue"
      dataSource={rows}
      renderItem={(c) => {
        const due = new Date(c.dueAt).getTime() <= now;
        return (
          <Card size="small" style={{ marginBottom: 8 }}>
            <Space direction="vertical" size={2} style={{ width: "100%" }}>
              <Space style={{ justifyContent: "space-between", width: "100%" }}>
                <Link to={`/console/tickets/${c.ticketNumber}`}>{c.ticketNumber}</Link>
                {status === "open" ? (
                  <Tag color={due ? "red" : "blue"}>
                    {dayjs(c.dueAt).format("MM-DD HH:mm")} ·{" "}
                    {due ? t("callbacks.queue.overdue") : t("callbacks.queue.scheduled")}
                  </Tag>
                ) : (
                  <Tag color={c.result ? RESULT_COLOR[c.result] : undefined}>
                    {c.result ? t(`callbacks.result.${c.result}`) : t(`callbacks.status.${c.status}`)}
                  </Tag>
                )}
              </Space>
              <Typography.Text type="secondary" ellipsis>
                {c.ticketSubject}
              </Typography.Text>
              <Space style={{ justifyContent: "space-between", width: "100%" }}>
                <span>
                  {c.customerName ?? t("common.dash")} · {c.attempts}/{c.maxAttempts}
                </span>
                <Link to={`/console/callbacks/${c.id}`}>
                  <Button size="small" type={status === "open" ? "primary" : "default"}>
                    {t("callbacks.queue.work")}
                  </Button>
                </Link>
              </Space>
            </Space>
          </Card>
        );
      }}
    />
  );
}

// The callers' worklist: open callbacks, the earliest due first; finished ones for a look back.
export default function CallbackQueuePage() {
  const { t } = useTranslation();
  useTitle(t("callbacks.queue.title"));
  const navigate = useNavigate();
  const [status, setStatus] = useState<"open" | "done">("open");
  const [dueNow, setDueNow] = useState(false);
  const query = useCallbackQueue(status, status === "open" && dueNow);
  const rows = query.data ?? [];
  const phone = !Grid.useBreakpoint().md;
  const now = Date.now();
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("callbacks.queue.title")}
        </Typography.Title>
        <Typography.Text type="secondary">{t("callbacks.queue.intro")}</Typography.Text>
      </div>
      <Space wrap>
        <Segmented
          value={status}
          onChange={(v) => setStatus(v as "open" | "done")}
          options={[
            { value: "open", label: t("callbacks.queue.open") },
            { value: "done", label: t("callbacks.queue.done") },
          ]}
        />
        {status === "open" && (
          <Space>
            <Switch checked={dueNow} onChange={setDueNow} aria-label={t("callbacks.queue.dueNow")} />
            <Typography.Text>{t("callbacks.queue.dueNow")}</Typography.Text>
          </Space>
        )}
      </Space>
      <ListState query={query} empty={rows.length === 0} emptyText={t("callbacks.queue.empty")}>
        {phone ? (
          <PhoneList rows={rows} status={status} />
        ) : (
          <Table<Callback>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={rows}
            scroll={{ x: 720 }}
            data-testid="callback-queue"
            onRow={(c) => ({ onDoubleClick: () => navigate(`/console/callbacks/${c.id}`) })}
            columns={[
              {
                title: t("callbacks.queue.ticket"),
                render: (_, c) => (
                  <Space direction="vertical" size={0}>
                    <Link to={`/console/tickets/${c.ticketNumber}`}>{c.ticketNumber}</Link>
                    <Typography.Text type="secondary" ellipsis style={{ maxWidth: 260 }}>
                      {c.ticketSubject}
                    </Typography.Text>
                  </Space>
                ),
              },
              {
                title: t("callbacks.queue.customer"),
                render: (_, c) => (
                  <Space direction="vertical" size={0}>
                    <span>{c.customerName ?? t("common.dash")}</span>
                    <Typography.Text type="secondary">{c.customerPhone ?? ""}</Typography.Text>
                  </Space>
                ),
              },
              status === "open"
                ? {
                    title: t("callbacks.queue.due"),
                    render: (_, c) => {
                      const due = new Date(c.dueAt).getTime() <= now;
                      return (
                        <Space direction="vertical" size={0}>
                          <span>{dayjs(c.dueAt).format("MM-DD HH:mm")}</span>
                          <Tag color={due ? "red" : "blue"}>
                            {due ? t("callbacks.queue.overdue") : t("callbacks.queue.scheduled")}
                          </Tag>
                        </Space>
                      );
                    },
                  }
                : {
                    title: t("callbacks.queue.result"),
                    render: (_, c) =>
                      c.result ? (
                        <Tag color={RESULT_COLOR[c.result]}>
                          {t(`callbacks.result.${c.result}`)}
                          {c.score ? ` · ${c.score}/5` : ""}
                        </Tag>
                      ) : (
                        <Tag>{t(`callbacks.status.${c.status}`)}</Tag>
                      ),
                  },
              {
                title: t("callbacks.queue.attempts"),
                render: (_, c) => (
                  <span>
                    {c.attempts}/{c.maxAttempts}
                    {c.lastOutcome ? ` · ${t(`callbacks.outcome.${c.lastOutcome}`)}` : ""}
                  </span>
                ),
              },
              {
                title: t("common.actions"),
                render: (_, c) => (
                  <Link to={`/console/callbacks/${c.id}`}>
                    <Button size="small" type={status === "open" ? "primary" : "default"}>
                      {t("callbacks.queue.work")}
                    </Button>
                  </Link>
                ),
              },
            ]}
          />
        )}
      </ListState>
    </Space>
  );
}
