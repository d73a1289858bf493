import { Card, Form, Input, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../app/format";
import { useTitle } from "../../app/useTitle";
import { FormModal, PageHeader, ResourceTable, SwitchField } from "../../ui/patterns";
import { SecretShown } from "./SecretShown";
import { type Mailbox, type MailboxInput, useCreateMailbox } from "./settings-api";

function MailboxModal({ onClose, onToken }: { onClose: () => void; onToken: (token: string) => void }) {
  const { t } = useTranslation();
  const create = useCreateMailbox();
  return (
    <FormModal<MailboxInput>
      title={t("settings.mailboxes.new")}
      initialValues={{ createUnknownCustomers: true }}
      onClose={onClose}
      onSubmit={async (v) => {
        const made = await create.mutateAsync({ ...v, name: v.name.trim(), address: v.address.trim() });
        onToken(made.inboundToken);
      }}
    >
      {() => (
        <>
          <Form.Item
            name="name"
            label={t("settings.mailboxes.name")}
            rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name="address"
            label={t("settings.mailboxes.address")}
            rules={[{ required: true, type: "email", message: t("validation.email") }]}
          >
            <Input inputMode="email" />
          </Form.Item>
          <SwitchField name="createUnknownCustomers" label={t("settings.mailboxes.createUnknown")} />
        </>
      )}
    </FormModal>
  );
}

export default function MailboxesPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  useTitle(t("shell.nav.mailboxes"));
  const [creating, setCreating] = useState(false);
  const [token, setToken] = useState<string | null>(null);
  const server = (on: boolean) =>
    on ? (
      <Tag color="green">{t("settings.mailboxes.configured")}</Tag>
    ) : (
      <Tag>{t("settings.mailboxes.notConfigured")}</Tag>
    );
  return (
    <Card style={{ maxWidth: 1400 }} data-testid="admin-mailboxes">
      <PageHeader title={t("shell.nav.mailboxes")} description={t("settings.mailboxes.description")} />
      <ResourceTable<Mailbox>
        id="mailboxes"
        resource="mailboxes"
        path="/channels/email"
        unpaged
        rowKey={(m) => m.id}
        emptyText={t("settings.mailboxes.empty")}
        createLabel={t("settings.mailboxes.new")}
        onCreate={() => setCreating(true)}
        columns={[
          {
            key: "name",
            title: t("settings.mailboxes.name"),
            dataIndex: "name",
            fixedVisible: true,
            csv: (m) => m.name,
          },
          {
            key: "address",
            title: t("settings.mailboxes.address"),
            dataIndex: "address",
            csv: (m) => m.address,
          },
          {
            key: "unknown",
            title: t("settings.mailboxes.createUnknown"),
            render: (_v, m) => (m.createUnknownCustomers ? t("common.yes") : t("common.no")),
            csv: (m) => (m.createUnknownCustomers ? t("common.yes") : t("common.no")),
            responsive: ["md"],
          },
          {
            key: "imap",
            title: t("settings.mailboxes.imap"),
            render: (_v, m) => server(m.hasImap),
            width: 100,
          },
          {
            key: "smtp",
            title: t("settings.mailboxes.smtp"),
            render: (_v, m) => server(m.hasSmtp),
            width: 100,
          },
          {
            key: "created",
            title: t("admin.created"),
            render: (_v, m) => fmt.date(m.createdAt),
            csv: (m) => fmt.date(m.createdAt),
            responsive: ["md"],
          },
        ]}
      />
      {creating ? <MailboxModal onClose={() => setCreating(false)} onToken={setToken} /> : null}
      {token ? (
        <SecretShown
          title={t("settings.mailboxes.tokenTitle")}
          help={t("settings.mailboxes.tokenHelp")}
          secret={token}
          onClose={() => setToken(null)}
        />
      ) : null}
    </Card>
  );
}
