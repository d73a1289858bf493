import { BellOutlined, CheckOutlined } from "@ant-design/icons";
import { Badge, Button, Dropdown, Empty, Flex, List, Popover, Spin, Typography } from "antd";
import dayjs from "dayjs";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api } from "../../app/api";
import { showError, showSuccess } from "../../app/feedback";
import type { User } from "../../app/types";
import { alertSubject } from "../analytics/alert-labels";
import {
  type Notification,
  PRESENCE,
  type PresenceStatus,
  useMarkAllRead,
  useMarkRead,
  useNotifications,
  usePresence,
  useSetPresence,
} from "./api";

const HEARTBEAT_MS = 60_000;
const DOT: Record<PresenceStatus, "success" | "warning" | "default"> = {
  online: "success",
  away: "warning",
  offline: "default",
};

// Staff status in the header; while the app is open a heartbeat keeps "online" from timing out.
export function PresenceControl({ user }: { user: User }) {
  const { t } = useTranslation();
  const presence = usePresence(true);
  const set = useSetPresence(user.id);
  const status = presence.data?.status ?? "offline";

  useEffect(() => {
    const beat = () => void api.post("/presence/heartbeat").catch(() => {});
    beat();
    const timer = window.setInterval(beat, HEARTBEAT_MS);
    return () => window.clearInterval(timer);
  }, []);

  return (
    <Dropdown
      trigger={["click"]}
      menu={{
        selectable: true,
        selectedKeys: [status],
        items: PRESENCE.map((p) => ({
          key: p,
          label: (
            <span data-testid={`presence-${p}`}>
              <Badge status={DOT[p]} /> {t(`routing.presence.${p}`)}
            </span>
          ),
        })),
        onClick: ({ key }) => set.mutate(key as PresenceStatus, { onError: showError }),
      }}
    >
      <Button
        type="text"
        data-testid="presence-control"
        data-status={status}
        aria-label={t("routing.presence.label")}
      >
        {set.isPending ? <Spin size="small" /> : <Badge status={DOT[status]} />}
        <span style={{ marginLeft: 4 }}>{t(`routing.presence.${status}`)}</span>
      </Button>
    </Dropdown>
  );
}

const numberOf = (n: Notification) => (typeof n.data.number === "string" ? n.data.number : null);

function NotificationText({ n }: { n: Notification }) {
  const { t, i18n } = useTranslation();
  // A trigger writes its own message; other notices are described by their kind, never shown raw.
  const text = (k: string) => (typeof n.data[k] === "string" ? (n.data[k] as string) : "");
  const message =
    typeof n.data.message === "string"
      ? n.data.message
      : n.kind === "assigned" ||
          n.kind === "mention" ||
          n.kind === "webhook_disabled" ||
          n.kind === "part_arrived" ||
          n.kind === "low_stock" ||
          n.kind === "survey_follow_up" ||
          n.kind === "complaint_major" ||
          n.kind === "complaint_task" ||
          n.kind === "certification_expiring"
        ? t(`routing.notifications.kind.${n.kind}`, {
            subject: text("subject"),
            excerpt: text("excerpt"),
            url: text("url"),
            partNo: text("partNo"),
            qty: typeof n.data.qty === "number" ? n.data.qty : "",
            site: text("site"),
            available: typeof n.data.available === "number" ? n.data.available : "",
            score: typeof n.data.score === "number" ? n.data.score : "",
            task: text("task"),
            technician: text("technicianName"),
            name: text("name"),
            expiresOn: text("expiresOn"),
          })
        : t("routing.notifications.kind.other");
  // An analytics alert names its KPI and subject and opens its evidence.
  const alertId = n.kind === "analytics_alert" ? text("alertId") : "";
  return (
    <div>
      <Typography.Paragraph style={{ margin: 0 }} strong={!n.readAt}>
        {alertId ? (
          <Link
            to={`/console/alerts?alert=${encodeURIComponent(alertId)}`}
            data-testid="notification-alert-link"
          >
            {t("alerts.notification", {
              kpi: t(`alerts.kpi.${text("kpi") as "volume"}`, { defaultValue: text("kpi") }),
              label: alertSubject(t, i18n.language, {
                dimension: text("dimension"),
                key: text("key"),
                label: text("label"),
                labelEn: text("labelEn"),
              }),
              day: text("day"),
            })}
          </Link>
        ) : (
          message
        )}
      </Typography.Paragraph>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {dayjs(n.createdAt).fromNow()}
      </Typography.Text>
    </div>
  );
}

type Group = { key: string; number: string | null; items: Notification[] };

// One group per ticket, newest activity first (the list arrives newest first); notices without a
// ticket share one group at the end.
function groupByTicket(items: readonly Notification[]): Group[] {
  const groups = new Map<string, Group>();
  for (const n of items) {
    const key = n.ticketId ?? "";
    const g = groups.get(key) ?? { key, number: null, items: [] };
    g.number ??= numberOf(n);
    g.items.push(n);
    groups.set(key, g);
  }
  const all = [...groups.values()];
  return [...all.filter((g) => g.key !== ""), ...all.filter((g) => g.key === "")];
}

export function NotificationBell() {
  const { t } = useTranslation();
  const list = useNotifications(true);
  const read = useMarkRead();
  const readAll = useMarkAllRead();
  const items = list.data?.items ?? [];
  const unread = items.filter((n) => !n.readAt).length;

  const markAll = () =>
    readAll.mutate(undefined, {
      onSuccess: (r) => showSuccess(t("routing.notifications.allRead", { count: r.count })),
      onError: showError,
    });

  const title = (
    <Flex justify="space-between" align="center" gap={8}>
      <span>{t("routing.notifications.title")}</span>
      {unread > 0 ? (
        <Button
          size="small"
          type="link"
          icon={<CheckOutlined />}
          data-testid="notifications-read-all"
          loading={readAll.isPending}
          onClick={markAll}
        >
          {t("routing.notifications.markAllRead")}
        </Button>
      ) : null}
    </Flex>
  );

  const content = (
    <div
      style={{ width: "min(340px, 86vw)", maxHeight: 420, overflowY: "auto" }}
      data-testid="notification-list"
    >
      {list.isPending ? (
        <Spin />
      ) : list.isError ? (
        <Typography.Text type="danger">{t("list.errorTitle")}</Typography.Text>
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("routing.notifications.empty")} />
      ) : (
        groupByTicket(items).map((g) => (
          <section key={g.key} data-testid="notification-group" style={{ marginBottom: 8 }}>
            <Flex
              justify="space-between"
              align="baseline"
              style={{ padding: "4px 8px", background: "#fafafa" }}
            >
              {g.number ? (
                <Link to={`/console/tickets/${encodeURIComponent(g.number)}`}>
                  {t("routing.notifications.trigger", { number: g.number })}
                </Link>
              ) : (
                <Typography.Text strong>{t("routing.notifications.general")}</Typography.Text>
              )}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t("routing.notifications.inGroup", { count: g.items.length })}
              </Typography.Text>
            </Flex>
            <List
              size="small"
              dataSource={g.items}
              renderItem={(n) => (
                <List.Item
                  data-testid="notification-item"
                  data-read={n.readAt ? "true" : "false"}
                  actions={
                    n.readAt
                      ? []
                      : [
                          <Button
                            key="read"
                            size="small"
                            type="link"
                            loading={read.isPending && read.variables === n.id}
                            onClick={() => read.mutate(n.id, { onError: showError })}
                          >
                            {t("routing.notifications.markRead")}
                          </Button>,
                        ]
                  }
                >
                  <NotificationText n={n} />
                </List.Item>
              )}
            />
          </section>
        ))
      )}
    </div>
  );

  return (
    <Popover trigger="click" placement="bottomRight" title={title} content={content}>
      <Button
        type="text"
        data-testid="notification-bell"
        data-unread={unread}
        aria-label={`${t("routing.notifications.title")} · ${t("routing.notifications.unread", { count: unread })}`}
      >
        <Badge count={unread} size="small">
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
