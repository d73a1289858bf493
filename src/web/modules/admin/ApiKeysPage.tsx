import { Button, Card, Form, Input, Popconfirm, Radio, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { showError, showSuccess } from "../../app/feedback";
import { useFormat } from "../../app/format";
import { useTitle } from "../../app/useTitle";
import { actionsColumn, FormModal, PageHeader, ResourceTable } from "../../ui/patterns";
import { SecretShown } from "./SecretShown";
import { type ApiKey, useCreateApiKey, useRevokeApiKey } from "./settings-api";

type Values = { name: string; scope: ApiKey["scope"] };

export default function ApiKeysPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  useTitle(t("shell.nav.apiKeys"));
  const create = useCreateApiKey();
  const revoke = useRevokeApiKey();
  const [creating, setCreating] = useState(false);
  const [token, setToken] = useState<string | null>(null);
  const scope = (s: ApiKey["scope"]) =>
    s === "full" ? t("settings.apiKeys.scopeFull") : t("settings.apiKeys.scopeRead");
  return (
    <Card style={{ maxWidth: 1400 }} data-testid="admin-api-keys">
      <PageHeader title={t("shell.nav.apiKeys")} description={t("settings.apiKeys.description")} />
      <ResourceTable<ApiKey>
        id="api-keys"
        resource="api-keys"
        path="/api-keys"
        unpaged
        rowKey={(k) => k.id}
        emptyText={t("settings.apiKeys.empty")}
        createLabel={t("settings.apiKeys.new")}
        onCreate={() => setCreating(true)}
        columns={[
          {
            key: "name",
            title: t("settings.apiKeys.name"),
            dataIndex: "name",
            fixedVisible: true,
            csv: (k) => k.name,
          },
          {
            key: "scope",
            title: t("settings.apiKeys.scope"),
            render: (_v, k) => <Tag color={k.scope === "full" ? "orange" : "blue"}>{scope(k.scope)}</Tag>,
            csv: (k) => scope(k.scope),
          },
          {
            key: "created",
            title: t("admin.created"),
            render: (_v, k) => fmt.dateTime(k.createdAt),
            csv: (k) => fmt.dateTime(k.createdAt),
            localSort: (a, b) => a.createdAt.localeCompare(b.createdAt),
          },
          {
            key: "used",
            title: t("settings.apiKeys.lastUsed"),
            render: (_v, k) => (k.lastUsedAt ? fmt.dateTime(k.lastUsedAt) : t("settings.apiKeys.never")),
            csv: (k) => (k.lastUsedAt ? fmt.dateTime(k.lastUsedAt) : ""),
            responsive: ["md"],
          },
          actionsColumn<ApiKey>(t, undefined, (k) => (
            <Popconfirm
              title={t("settings.apiKeys.revokeConfirm", { name: k.name })}
              okButtonProps={{ danger: true }}
              okText={t("settings.apiKeys.revoke")}
              cancelText={t("common.cancel")}
              onConfirm={() =>
                revoke.mutateAsync(k.id).then(() => showSuccess(t("settings.apiKeys.revoked")), showError)
              }
            >
              <Button size="small" danger data-testid="revoke-key">
                {t("settings.apiKeys.revoke")}
              </Button>
            </Popconfirm>
          )),
        ]}
      />
      {creating ? (
        <FormModal<Values>
          title={t("settings.apiKeys.new")}
          initialValues={{ scope: "read" }}
          onClose={() => setCreating(false)}
          onSubmit={async (v) => {
            const made = await create.mutateAsync({ name: v.name.trim(), scope: v.scope });
            if (made.token) setToken(made.token);
          }}
        >
          {() => (
            <>
              <Form.Item
                name="name"
                label={t("settings.apiKeys.name")}
                rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
              >
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item name="scope" label={t("settings.apiKeys.scope")}>
                <Radio.Group
                  optionType="button"
                  options={[
                    { value: "read", label: t("settings.apiKeys.scopeRead") },
                    { value: "full", label: t("settings.apiKeys.scopeFull") },
                  ]}
                />
              </Form.Item>
            </>
          )}
        </FormModal>
      ) : null}
      {token ? (
        <SecretShown
          title={t("settings.apiKeys.tokenTitle")}
          help={t("settings.apiKeys.tokenHelp")}
          secret={token}
          onClose={() => setToken(null)}
        />
      ) : null}
    </Card>
  );
}
