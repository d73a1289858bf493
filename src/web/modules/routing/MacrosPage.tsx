import { Alert, Flex, Form, Input, Radio, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useUser } from "../../app/auth";
import { showError, showSuccess } from "../../app/feedback";
import { useTitle } from "../../app/useTitle";
import { EditDeleteButtons } from "../../ui/patterns/EditDeleteButtons";
import { FormModal } from "../../ui/patterns/FormModal";
import { ListCard } from "../../ui/patterns/ListCard";
import { type Macro, useDeleteMacro, useMacros, useSaveMacro } from "./api";
import { MacroActionFields } from "./MacroActionFields";
import { describeActions, hasActions, type MacroActions } from "./macro-actions";
import { useActionNames } from "./useActionNames";

const MACRO_VARIABLES = [
  "customer.name",
  "ticket.number",
  "ticket.subject",
  "unit.serial",
  "unit.warrantyEndsAt",
  "agent.name",
] as const;

type Values = {
  name: string;
  zh?: string;
  en?: string;
  scope: "shared" | "personal";
  actions?: MacroActions;
};

// Only the fields the admin chose: a cleared select means "leave as is".
const chosenActions = (a: MacroActions | undefined): MacroActions =>
  Object.fromEntries(
    Object.entries(a ?? {}).filter(
      ([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0),
    ),
  );
type Editing = { mode: "create" } | { mode: "edit"; macro: Macro };

function VariablesHelp() {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      showIcon
      message={t("routing.macros.variables")}
      description={
        <Space direction="vertical" size={4}>
          <span>{t("routing.macros.variablesHelp")}</span>
          <Flex gap={4} wrap>
            {MACRO_VARIABLES.map((v) => (
              <Typography.Text key={v} code copyable>
                {`{{${v}}}`}
              </Typography.Text>
            ))}
          </Flex>
        </Space>
      }
    />
  );
}

function MacroModal({ editing, onClose }: { editing: Editing; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveMacro();
  const m = editing.mode === "edit" ? editing.macro : null;
  const eitherBody = ({ getFieldValue }: { getFieldValue: (n: string) => unknown }) => ({
    validator: async () => {
      const filled = ["zh", "en"].some((k) => String(getFieldValue(k) ?? "").trim() !== "");
      if (!filled) throw new Error(t("routing.macros.bodyRequired"));
    },
  });
  return (
    <FormModal<Values>
      title={m ? m.name : t("routing.macros.new")}
      initialValues={
        m
          ? {
              name: m.name,
              zh: m.bodies["zh-CN"],
              en: m.bodies.en,
              scope: m.shared ? "shared" : "personal",
              actions: m.actions ?? {},
            }
          : { scope: "shared" }
      }
      onClose={onClose}
      onSubmit={async (v) => {
        const bodies = {
          ...(v.zh?.trim() ? { "zh-CN": v.zh.trim() } : {}),
          ...(v.en?.trim() ? { en: v.en.trim() } : {}),
        };
        await save.mutateAsync({
          id: m?.id,
          input: {
            name: v.name.trim(),
            bodies,
            shared: v.scope === "shared",
            actions: chosenActions(v.actions),
          },
        });
        showSuccess(t("common.saved"));
      }}
    >
      {() => (
        <>
          <Form.Item
            name="name"
            label={t("routing.macros.name")}
            rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
          >
            <Input maxLength={100} data-testid="macro-name" />
          </Form.Item>
          <Form.Item name="zh" label={t("routing.macros.bodyZh")} dependencies={["en"]} rules={[eitherBody]}>
            <Input.TextArea rows={4} maxLength={20000} data-testid="macro-body-zh" />
          </Form.Item>
          <Form.Item name="en" label={t("routing.macros.bodyEn")} dependencies={["zh"]} rules={[eitherBody]}>
            <Input.TextArea rows={4} maxLength={20000} data-testid="macro-body-en" />
          </Form.Item>
          <Form.Item name="scope" label={t("routing.macros.scope")}>
            <Radio.Group disabled={m !== null}>
              <Radio value="shared">{t("routing.macros.shared")}</Radio>
              <Radio value="personal">{t("routing.macros.personal")}</Radio>
            </Radio.Group>
          </Form.Item>
          <VariablesHelp />
          <MacroActionFields />
        </>
      )}
    </FormModal>
  );
}

// Supervisors and admins keep the team's macros (and their own) in both languages.
export default function MacrosPage() {
  const { t } = useTranslation();
  useTitle(t("routing.macros.title"));
  const user = useUser();
  const list = useMacros();
  const names = useActionNames();
  const del = useDeleteMacro();
  const [editing, setEditing] = useState<Editing | null>(null);
  const items = list.data?.items ?? [];
  const mayEdit = (m: Macro) =>
    m.shared ? user.role === "supervisor" || user.role === "admin" : m.ownerId === user.id;

  return (
    <ListCard<Macro>
      title={t("routing.macros.title")}
      create={{
        label: t("routing.macros.new"),
        onClick: () => setEditing({ mode: "create" }),
        testId: "macro-create",
      }}
      style={{ maxWidth: 1200, margin: "0 auto" }}
      query={list}
      items={items}
      emptyText={t("routing.macros.emptyList")}
      scrollX={800}
      columns={[
        { key: "name", title: t("routing.macros.name"), dataIndex: "name", width: 220 },
        {
          key: "zh",
          title: t("routing.macros.bodyZh"),
          render: (_v, m) => (
            <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
              {m.bodies["zh-CN"] ?? t("common.dash")}
            </Typography.Paragraph>
          ),
        },
        {
          key: "en",
          title: t("routing.macros.bodyEn"),
          render: (_v, m) => (
            <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
              {m.bodies.en ?? t("common.dash")}
            </Typography.Paragraph>
          ),
        },
        {
          key: "sets",
          title: t("routing.macros.sets"),
          responsive: ["lg"],
          render: (_v, m) =>
            hasActions(m.actions)
              ? describeActions(t, m.actions, names).map((x) => <Tag key={x.key}>{x.text}</Tag>)
              : t("common.dash"),
        },
        {
          key: "scope",
          title: t("routing.macros.scope"),
          width: 110,
          render: (_v, m) =>
            m.shared ? (
              <Tag color="blue">{t("routing.macros.shared")}</Tag>
            ) : (
              <Tag>{t("routing.macros.personal")}</Tag>
            ),
        },
        {
          key: "actions",
          title: t("common.actions"),
          width: 170,
          render: (_v, m) =>
            mayEdit(m) ? (
              <EditDeleteButtons
                onEdit={() => setEditing({ mode: "edit", macro: m })}
                onDelete={() =>
                  del.mutateAsync(m.id).then(() => showSuccess(t("routing.macros.deleted")), showError)
                }
                deleteConfirm={t("routing.macros.deleteConfirm")}
                deleteLabel={t("routing.macros.delete")}
              />
            ) : null,
        },
      ]}
    >
      {editing ? <MacroModal editing={editing} onClose={() => setEditing(null)} /> : null}
    </ListCard>
  );
}
