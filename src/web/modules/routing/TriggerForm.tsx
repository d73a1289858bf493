import { Card, Flex, Form, Input, Modal, Radio, Switch } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../app/api";
import { applyFieldErrors, showError, showSuccess } from "../../app/feedback";
import { PRIORITIES, type TicketType } from "../../app/types";
import { ActionRows, type ActValues, ConditionRows, type CondValues } from "./TriggerRows";
import {
  type Trigger,
  type TriggerAction,
  type TriggerCondition,
  type TriggerInput,
  useSaveTrigger,
} from "./triggers-api";

type Values = Omit<TriggerInput, "conditions" | "actions"> & {
  conditions: CondValues[];
  actions: ActValues[];
};

// The form's loose rows become the API's exact shapes (the API rejects unknown keys).
function toCondition(c: CondValues): TriggerCondition {
  if (c.field === "keywords") return { field: "keywords", values: c.values ?? [] };
  if (c.field === "outOfWarranty") return { field: "outOfWarranty", value: c.value ?? true };
  return { field: c.field, op: c.op ?? "in", values: c.values ?? [] };
}

function toAction(a: ActValues): TriggerAction {
  const s = (v?: string) => (v ?? "").trim();
  switch (a.kind) {
    case "set_priority":
      return { kind: a.kind, value: PRIORITIES.find((p) => p === s(a.value)) ?? "C" };
    case "set_type":
      // Picked from the ticket types; the API rejects anything else.
      return { kind: a.kind, value: s(a.value) as TicketType };
    case "add_tags":
      return { kind: a.kind, tags: a.tags ?? [] };
    case "set_team":
    case "assign_team":
      return { kind: a.kind, teamId: s(a.teamId) };
    case "assign_user":
      return { kind: a.kind, userId: s(a.userId) };
    case "internal_note":
    case "reply":
      return { kind: a.kind, body: s(a.body) };
    case "notify":
      return { kind: a.kind, to: s(a.to), message: s(a.message) };
  }
}

// Create or edit a trigger with forms: conditions and actions as rows, never raw JSON.
export function TriggerModal({ trigger, onClose }: { trigger: Trigger | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useSaveTrigger();
  const [busy, setBusy] = useState(false);
  const initial: Values = trigger
    ? {
        name: trigger.name,
        event: trigger.event,
        active: trigger.active,
        match: trigger.match,
        conditions: trigger.conditions as CondValues[],
        actions: trigger.actions as ActValues[],
      }
    : {
        name: "",
        event: "created",
        active: true,
        match: "all",
        conditions: [],
        actions: [{ kind: "set_priority" }],
      };

  const submit = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    try {
      const input: TriggerInput = {
        name: v.name.trim(),
        event: v.event,
        active: v.active,
        match: v.match,
        conditions: (v.conditions ?? []).map(toCondition),
        actions: (v.actions ?? []).map(toAction),
      };
      await save.mutateAsync({ id: trigger?.id, input });
      showSuccess(t("routing.triggers.saved"));
      onClose();
    } catch (err) {
      if (err instanceof ApiError && err.details.length > 0) applyFieldErrors(form, err);
      else showError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      width={900}
      title={trigger ? trigger.name : t("routing.triggers.new")}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={busy}
      okButtonProps={{ "data-testid": "modal-ok", disabled: busy }}
      onOk={() => void submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Form<Values> form={form} layout="vertical" initialValues={initial} style={{ marginTop: 12 }}>
        <Flex gap={12} wrap>
          <Form.Item
            name="name"
            label={t("routing.triggers.name")}
            rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
            style={{ flex: 1, minWidth: 240 }}
          >
            <Input maxLength={100} data-testid="trigger-name" />
          </Form.Item>
          <Form.Item name="event" label={t("routing.triggers.event")}>
            <Radio.Group optionType="button">
              <Radio.Button value="created">{t("routing.triggers.created")}</Radio.Button>
              <Radio.Button value="updated">{t("routing.triggers.updated")}</Radio.Button>
            </Radio.Group>
          </Form.Item>
          <Form.Item name="active" label={t("routing.triggers.active")} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Flex>
        <Card
          size="small"
          title={t("routing.triggers.conditions")}
          extra={
            <Form.Item name="match" noStyle>
              <Radio.Group size="small">
                <Radio value="all">{t("routing.triggers.matchAll")}</Radio>
                <Radio value="any">{t("routing.triggers.matchAny")}</Radio>
              </Radio.Group>
            </Form.Item>
          }
          style={{ marginBottom: 12 }}
        >
          <ConditionRows />
        </Card>
        <Card size="small" title={t("routing.triggers.actions")}>
          <ActionRows />
        </Card>
      </Form>
    </Modal>
  );
}
