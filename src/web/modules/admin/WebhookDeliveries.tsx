import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Drawer, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { api } from "../../app/api";
import { showError, showSuccess } from "../../app/feedback";
import { useFormat } from "../../app/format";
import { useReplayDelivery, type Webhook, type WebhookDelivery } from "./webhooks-api";

const COLORS = { queued: "blue", sent: "green", failed: "red" } as const;

// A subscription's delivery log, newest first, 50 at a time; any delivery can be sent again.
export function WebhookDeliveries({ webhook, onClose }: { webhook: Webhook; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const replay = useReplayDelivery();
  const key = ["webhooks", webhook.id, "deliveries"];
  const log = useInfiniteQuery({
    queryKey: key,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      api.get<{ items: WebhookDelivery[]; nextCursor: string | null }>(
        `/webhooks/${encodeURIComponent(webhook.id)}/deliveries`,
        { limit: 50, cursor: pageParam },
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = log.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Drawer open width={900} title={t("settings.webhooks.log", { url: webhook.url })} onClose={onClose}>
      <Table<WebhookDelivery>
        data-testid="webhook-deliveries"
        rowKey={(d) => d.id}
        dataSource={rows}
        loading={log.isLoading}
        pagination={false}
        size="small"
        scroll={{ x: 700 }}
        columns={[
          { key: "at", title: t("admin.created"), render: (_v, d) => fmt.dateTime(d.createdAt) },
          { key: "event", title: t("settings.webhooks.event"), dataIndex: "eventType" },
          {
            key: "status",
            title: t("settings.webhooks.status"),
            render: (_v, d) => (
              <Tag color={COLORS[d.status]}>{t(`settings.webhooks.delivery.${d.status}`)}</Tag>
            ),
          },
          { key: "attempts", title: t("settings.webhooks.attempts"), dataIndex: "attempts" },
          {
            key: "result",
            title: t("settings.webhooks.result"),
            render: (_v, d) => (
              <Typography.Text
                type={d.status === "sent" ? undefined : "secondary"}
                ellipsis
                style={{ maxWidth: 240 }}
              >
                {[d.lastStatusCode, d.lastError].filter(Boolean).join(" · ")}
              </Typography.Text>
            ),
          },
          {
            key: "replay",
            title: "",
            render: (_v, d) => (
              <Button
                size="small"
                disabled={!webhook.active}
                onClick={() =>
                  replay.mutateAsync(d.id).then(() => {
                    showSuccess(t("settings.webhooks.replayed"));
                    void qc.invalidateQueries({ queryKey: key });
                  }, showError)
                }
              >
                {t("settings.webhooks.replay")}
              </Button>
            ),
          },
        ]}
      />
      {log.hasNextPage ? (
        <Button
          style={{ marginTop: 12 }}
          loading={log.isFetchingNextPage}
          onClick={() => void log.fetchNextPage()}
        >
          {t("settings.webhooks.more")}
        </Button>
      ) : null}
    </Drawer>
  );
}
