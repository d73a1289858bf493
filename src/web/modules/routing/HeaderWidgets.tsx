import { BellOutlined } from "@ant-design/icons";
import { Badge, Button, Dropdown, Empty, List, Popover, Spin, Typography } from "antd";
import dayjs from "dayjs";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api } from "../../app/api";
import { showError } from "../../app/feedback";
import type { User } from "../../app/types";
import {
  type Notification,
  PRESENCE,
  type PresenceStatus,
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

function NotificationText({ n }: { n: Notification }) {
  const { t } = useTranslation();
  const number = typeof n.data.number === "string" ? n.data.number : null;
  // A trigger writes its own message; other notices are described by their kind, never shown raw.
  const text = (k: string) => (typeof n.data[k] === "string" ? (n.data[k] as string) : "");
  const message =
    typeof n.data.message === "string"
      ? n.data.message
      : n.kind === "assigned" || n.kind === "mention" || n.kind === "webhook_disabled"
        ? t(`routing.notifications.kind.${n.kind}`, {
            subject: text("subject"),
            excerpt: text("excerpt"),
            url: text("url"),
          })
        : t("routing.notifications.kind.other");
  return (
    <div>
      {number ? (
        <Link to={`/console/tickets/${encodeURIComponent(number)}`}>
          {t("routing.notifications.trigger", { number })}
        </Link>
      ) : null}
      <Typography.Paragraph style={{ margin: 0 }} strong={!n.readAt}>
        {message}
      </Typography.Paragraph>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {dayjs(n.createdAt).fromNow()}
      </Typography.Text>
    </div>
  );
}

export function NotificationBell() {
  const { t } = useTranslation();
  const list = useNotifications(true);
  const read = useMarkRead();
  const items = list.data?.items ?? [];
  const unread = items.filter((n) => !n.readAt).length;

  const content = (
    <div style={{ width: 340, maxHeight: 420, overflowY: "auto" }} data-testid="notification-list">
      {list.isPending ? (
        <Spin />
      ) : list.isError ? (
        <Typography.Text type="danger">{t("list.errorTitle")}</Typography.Text>
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("routing.notifications.empty")} />
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={(n) => (
            <List.Item
              data-testid="notification-item"
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
      )}
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      title={t("routing.notifications.title")}
      content={content}
    >
      <Button
        type="text"
        data-testid="notification-bell"
        aria-label={`${t("routing.notifications.title")} · ${t("routing.notifications.unread", { count: unread })}`}
      >
        <Badge count={unread} size="small">
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
