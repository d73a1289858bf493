import { ExperimentOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Descriptions, Empty, Form, Input, List, Radio, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../app/api";
import { errorText } from "../../app/feedback";
import { useAgents } from "../users/api";
import { type DryRun, dryRun, type TriggerAction, type TriggerCondition, useTeams } from "./triggers-api";

// Human-readable conditions and actions, shared by the list and the dry-run result.
export function useDescribe() {
  const { t } = useTranslation();
  const agents = useAgents();
  const teams = useTeams();
  const user = (id: string) => agents.data?.items.find((u) => u.id === id)?.name ?? id;
  const team = (id: string) => teams.data?.items.find((x) => x.id === id)?.name ?? id;
  const to = (v: string) =>
    v === "assignee"
      ? t("routing.triggers.toAssignee")
      : v === "supervisors"
        ? t("routing.triggers.toSupervisors")
        : user(v);
  // Enumerated values read as the UI names them (投诉, not "complaint").
  const label = (field: string, v: string) =>
    ["type", "priority", "channel", "status", "tier"].includes(field)
      ? t(`${field as "type"}.${v as "repair"}`, { defaultValue: v })
      : v;
  const condition = (c: TriggerCondition) => {
    const field = t(`routing.triggers.fields.${c.field}`);
    if (c.field === "outOfWarranty") return `${field}: ${c.value ? t("common.yes") : t("common.no")}`;
    if (c.field === "keywords") return `${field}: ${c.values.join(", ")}`;
    return `${field} ${t(`routing.triggers.${c.op}`)} ${c.values.map((v) => label(c.field, v)).join(", ")}`;
  };
  const action = (a: TriggerAction) => {
    const kind = t(`routing.triggers.kinds.${a.kind}`);
    switch (a.kind) {
      case "set_priority":
        return `${kind}: ${label("priority", a.value)}`;
      case "set_type":
        return `${kind}: ${label("type", a.value)}`;
      case "add_tags":
        return `${kind}: ${a.tags.join(", ")}`;
      case "set_team":
      case "assign_team":
        return `${kind}: ${team(a.teamId)}`;
      case "assign_user":
        return `${kind}: ${user(a.userId)}`;
      case "internal_note":
      case "reply":
        return `${kind}: ${a.body}`;
      case "notify":
        return `${kind} ${to(a.to)}: ${a.message}`;
    }
  };
  // One line of the dry run's "would change" list: field name and value as people read them.
  const change = (k: string, v: unknown): [string, string] => {
    const text = Array.isArray(v)
      ? v.join(", ")
      : v === null || v === undefined
        ? t("common.dash")
        : String(v);
    if (k === "priority" || k === "type") return [t(`routing.triggers.fields.${k}`), label(k, text)];
    if (k === "tags") return [t("routing.triggers.tags"), text];
    if (k === "teamId") return [t("routing.triggers.team"), typeof v === "string" ? team(v) : text];
    if (k === "assigneeId") return [t("routing.triggers.user"), typeof v === "string" ? user(v) : text];
    return [k, text];
  };
  return { condition, action, to, change };
}

function Result({ out }: { out: DryRun }) {
  const { t } = useTranslation();
  const describe = useDescribe();
  if (out.fired.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("routing.triggers.nothingFires")} />;
  const changes = Object.entries(out.changes);
  return (
    <Space direction="vertical" style={{ width: "100%" }} data-testid="dry-run-result">
      <List
        size="small"
        bordered
        dataSource={out.fired}
        renderItem={(f) => (
          <List.Item data-testid="dry-run-fired">
            <Space direction="vertical" size={2}>
              <Typography.Text strong>{f.name}</Typography.Text>
              {f.actions.map((a, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a trigger's actions have no id; order is fixed
                <Typography.Text key={i} style={{ fontSize: 12 }}>
                  → {describe.action(a)}
                </Typography.Text>
              ))}
            </Space>
          </List.Item>
        )}
      />
      {changes.length > 0 ? (
        <Descriptions size="small" column={1} bordered title={t("routing.triggers.wouldChange")}>
          {changes.map(([k, v]) => {
            const [name, text] = describe.change(k, v);
            return (
              <Descriptions.Item key={k} label={name}>
                {text}
              </Descriptions.Item>
            );
          })}
        </Descriptions>
      ) : null}
      {out.notes.map((n) => (
        <Alert key={`n${n}`} type="warning" message={t("routing.triggers.wouldNote")} description={n} />
      ))}
      {out.replies.map((r) => (
        <Alert key={`r${r}`} type="info" message={t("routing.triggers.wouldReply")} description={r} />
      ))}
      {out.notifications.map((n) => (
        <Alert
          key={`${n.triggerId}${n.to}${n.message}`}
          type="success"
          message={t("routing.triggers.wouldNotify", { to: describe.to(n.to) })}
          description={n.message}
        />
      ))}
    </Space>
  );
}

export function DryRunBox() {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ ref: string; event: "created" | "updated" }>();
  const [busy, setBusy] = useState(false);
  const [out, setOut] = useState<DryRun | null>(null);

  const run = async (v: { ref: string; event: "created" | "updated" }) => {
    setBusy(true);
    setOut(null);
    try {
      setOut(await dryRun(v.ref.trim(), v.event));
    } catch (err) {
      form.setFields([
        { name: "ref", errors: [err instanceof ApiError ? errorText(err) : t("common.unknownError")] },
      ]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      title={
        <>
          <ExperimentOutlined /> {t("routing.triggers.dryRun")}
        </>
      }
    >
      <Typography.Paragraph type="secondary">{t("routing.triggers.dryRunHelp")}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ event: "created" }} onFinish={(v) => void run(v)}>
        <Form.Item
          name="ref"
          label={t("routing.triggers.ticketNumber")}
          rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
        >
          <Input data-testid="dry-run-ref" maxLength={100} />
        </Form.Item>
        <Form.Item name="event">
          <Radio.Group optionType="button" size="small">
            <Radio.Button value="created">{t("routing.triggers.created")}</Radio.Button>
            <Radio.Button value="updated">{t("routing.triggers.updated")}</Radio.Button>
          </Radio.Group>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} disabled={busy} data-testid="dry-run-submit">
          {t("routing.triggers.run")}
        </Button>
      </Form>
      {out ? (
        <div style={{ marginTop: 16 }}>
          <Result out={out} />
        </div>
      ) : null}
    </Card>
  );
}
