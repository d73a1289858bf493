import { Button, Card, Checkbox, Form, Input, Popconfirm, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { showError, showSuccess } from "../../app/feedback";
import { useFormat } from "../../app/format";
import { useTitle } from "../../app/useTitle";
import { actionsColumn, FormModal, PageHeader, ResourceTable } from "../../ui/patterns";
import { SecretShown } from "./SecretShown";
import { WebhookDeliveries } from "./WebhookDeliveries";
import {
  useCreateWebhook,
  useDeleteWebhook,
  useRotateWebhookSecret,
  useSetWebhookActive,
  useTestWebhook,
  WEBHOOK_EVENT_TYPES,
  type Webhook,
} from "./webhooks-api";

type Values = { url: string; eventTypes: string[]; description?: string };

export default function WebhooksPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  useTitle(t("shell.nav.webhooks"));
  const create = useCreateWebhook();
  const setActive = useSetWebhookActive();
  const rotate = useRotateWebhookSecret();
  const test = useTestWebhook();
  const remove = useDeleteWebhook();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [logOf, setLogOf] = useState<Webhook | null>(null);
  const status = (w: Webhook) =>
    w.active
      ? t("settings.webhooks.active")
      : w.disabledReason === "persistent_failure"
        ? t("settings.webhooks.disabledFailing")
        : t("settings.webhooks.off");
  return (
    <Card style={{ maxWidth: 1400 }} data-testid="admin-webhooks">
      <PageHeader title={t("shell.nav.webhooks")} description={t("settings.webhooks.description")} />
      <ResourceTable<Webhook>
        id="webhooks"
        resource="webhooks"
        path="/webhooks"
        unpaged
        rowKey={(w) => w.id}
        emptyText={t("settings.webhooks.empty")}
        createLabel={t("settings.webhooks.new")}
        onCreate={() => setCreating(true)}
        columns={[
          {
            key: "url",
            title: t("settings.webhooks.url"),
            fixedVisible: true,
            render: (_v, w) => (
              <Typography.Text style={{ wordBreak: "break-all" }}>
                {w.url}
                {w.description ? (
                  <Typography.Text type="secondary"> — {w.description}</Typography.Text>
                ) : null}
              </Typography.Text>
            ),
            csv: (w) => w.url,
          },
          {
            key: "events",
            title: t("settings.webhooks.events"),
            render: (_v, w) => (
              <Space size={[4, 4]} wrap>
                {w.eventTypes.map((e) => (
                  <Tag key={e}>{e}</Tag>
                ))}
              </Space>
            ),
            csv: (w) => w.eventTypes.join(" "),
          },
          {
            key: "status",
            title: t("settings.webhooks.status"),
            render: (_v, w) => (
              <Tag color={w.active ? (w.failingSince ? "orange" : "green") : "red"}>
                {status(w)}
                {w.active && w.failingSince
                  ? ` · ${t("settings.webhooks.failingSince", { time: fmt.dateTime(w.failingSince) })}`
                  : ""}
              </Tag>
            ),
            csv: (w) => status(w),
          },
          {
            key: "created",
            title: t("admin.created"),
            render: (_v, w) => fmt.dateTime(w.createdAt),
            csv: (w) => fmt.dateTime(w.createdAt),
            localSort: (a, b) => a.createdAt.localeCompare(b.createdAt),
            responsive: ["md"],
          },
          actionsColumn<Webhook>(t, undefined, (w) => (
            <Space size={4} wrap>
              <Button size="small" onClick={() => setLogOf(w)}>
                {t("settings.webhooks.deliveries")}
              </Button>
              <Button
                size="small"
                disabled={!w.active}
                onClick={() =>
                  test.mutateAsync(w.id).then(() => showSuccess(t("settings.webhooks.testQueued")), showError)
                }
              >
                {t("settings.webhooks.test")}
              </Button>
              <Button
                size="small"
                onClick={() => setActive.mutateAsync({ id: w.id, active: !w.active }).catch(showError)}
              >
                {w.active ? t("settings.webhooks.turnOff") : t("settings.webhooks.turnOn")}
              </Button>
              <Popconfirm
                title={t("settings.webhooks.rotateConfirm")}
                okText={t("settings.webhooks.rotate")}
                cancelText={t("common.cancel")}
                onConfirm={() => rotate.mutateAsync(w.id).then((r) => setSecret(r.secret), showError)}
              >
                <Button size="small">{t("settings.webhooks.rotate")}</Button>
              </Popconfirm>
              <Popconfirm
                title={t("settings.webhooks.deleteConfirm", { url: w.url })}
                okButtonProps={{ danger: true }}
                okText={t("settings.webhooks.delete")}
                cancelText={t("common.cancel")}
                onConfirm={() =>
                  remove.mutateAsync(w.id).then(() => showSuccess(t("settings.webhooks.deleted")), showError)
                }
              >
                <Button size="small" danger>
                  {t("settings.webhooks.delete")}
                </Button>
              </Popconfirm>
            </Space>
          )),
        ]}
      />
      {creating ? (
        <FormModal<Values>
          title={t("settings.webhooks.new")}
          initialValues={{ eventTypes: ["ticket.created", "ticket.status_changed"] }}
          onClose={() => setCreating(false)}
          onSubmit={async (v) => {
            const made = await create.mutateAsync({
              url: v.url.trim(),
              eventTypes: v.eventTypes,
              description: v.description?.trim() || null,
            });
            setSecret(made.secret);
          }}
        >
          {() => (
            <>
              <Form.Item
                name="url"
                label={t("settings.webhooks.url")}
                extra={t("settings.webhooks.urlHelp")}
                rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
              >
                <Input maxLength={2000} placeholder="https://" />
              </Form.Item>
              <Form.Item
                name="eventTypes"
                label={t("settings.webhooks.events")}
                rules={[{ required: true, type: "array", min: 1, message: t("validation.required") }]}
              >
                <Checkbox.Group options={WEBHOOK_EVENT_TYPES.map((e) => ({ value: e, label: e }))} />
              </Form.Item>
              <Form.Item name="description" label={t("settings.webhooks.descriptionField")}>
                <Input maxLength={200} />
              </Form.Item>
            </>
          )}
        </FormModal>
      ) : null}
      {logOf ? <WebhookDeliveries webhook={logOf} onClose={() => setLogOf(null)} /> : null}
      {secret ? (
        <SecretShown
          title={t("settings.webhooks.secretTitle")}
          help={t("settings.webhooks.secretHelp")}
          secret={secret}
          onClose={() => setSecret(null)}
        />
      ) : null}
    </Card>
  );
}
