import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Col, Divider, Form, Input, InputNumber, Modal, Row, Select, Space, Switch } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { applyFieldErrors } from "../../app/feedback";
import {
  PRIORITIES,
  type Priority,
  ROLES,
  type Role,
  type SlaPolicy,
  STATUSES,
  TICKET_TYPES,
  TIERS,
  type TicketStatus,
  type TicketType,
  type Tier,
} from "../../app/types";
import { useAgents } from "../users/api";
import { type PolicyInput, useCalendars, useSavePolicy } from "./api";

type Step = { level: number; afterMinutes: number; notifyRoles?: Role[]; assignTo?: string | null };
type Values = {
  name: string;
  calendarId: string;
  priority?: Priority | null;
  tier?: Tier | null;
  type?: TicketType | null;
  firstResponseMinutes: number;
  nextResponseMinutes?: number | null;
  resolutionMinutes: number;
  warnAtPercent: number;
  pauseOn: TicketStatus[];
  escalation: Step[];
  goldenChannel: boolean;
};

const toValues = (p: SlaPolicy | null, calendarId: string | undefined): Partial<Values> =>
  p
    ? {
        name: p.name,
        calendarId: p.calendarId,
        priority: p.match.priority,
        tier: p.match.tier,
        type: p.match.type,
        ...p.targets,
        warnAtPercent: p.warnAtPercent,
        pauseOn: p.pauseOn,
        escalation: p.escalation,
        goldenChannel: p.goldenChannel,
      }
    : { calendarId, warnAtPercent: 80, pauseOn: ["pending_customer"], escalation: [], goldenChannel: false };

// Empty pickers mean "any" and are left out, as the API expects.
const toInput = (v: Values): PolicyInput => ({
  name: v.name,
  calendarId: v.calendarId,
  match: {
    ...(v.priority ? { priority: v.priority } : {}),
    ...(v.tier ? { tier: v.tier } : {}),
    ...(v.type ? { type: v.type } : {}),
  },
  targets: {
    firstResponseMinutes: v.firstResponseMinutes,
    ...(v.nextResponseMinutes ? { nextResponseMinutes: v.nextResponseMinutes } : {}),
    resolutionMinutes: v.resolutionMinutes,
  },
  warnAtPercent: v.warnAtPercent,
  pauseOn: v.pauseOn ?? [],
  escalation: (v.escalation ?? []).map((s) => ({
    level: s.level,
    afterMinutes: s.afterMinutes,
    ...(s.notifyRoles?.length ? { notifyRoles: s.notifyRoles } : {}),
    ...(s.assignTo ? { assignTo: s.assignTo } : {}),
  })),
  goldenChannel: v.goldenChannel ?? false,
});

const minutes = { min: 1, max: 1_000_000, precision: 0, style: { width: "100%" } } as const;

export function PolicyForm({ policy, onClose }: { policy: SlaPolicy | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const calendars = useCalendars();
  const agents = useAgents();
  const save = useSavePolicy();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return; // shown inline
    }
    setBusy(true);
    try {
      await save.mutateAsync({ id: policy?.id, input: toInput(v) });
      onClose();
    } catch (err) {
      applyFieldErrors(form, err);
    } finally {
      setBusy(false);
    }
  };

  const assignOptions = [
    { value: "specialist", label: t("sla.policies.specialist") },
    ...ROLES.filter((r) => r !== "customer" && r !== "dealer").map((r) => ({
      value: r,
      label: t(`role.${r}`),
    })),
    ...(agents.data?.items ?? []).map((u) => ({ value: u.id, label: u.name })),
  ];

  return (
    <Modal
      open
      width={760}
      title={policy ? t("sla.policies.edit") : t("sla.policies.new")}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={busy}
      okButtonProps={{ disabled: busy, "data-testid": "policy-save" }}
      onOk={() => void submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={toValues(policy, calendars.data?.items[0]?.id)}
      >
        <Row gutter={12}>
          <Col span={14}>
            <Form.Item
              name="name"
              label={t("sla.policies.name")}
              rules={[{ required: true, whitespace: true, max: 120 }]}
            >
              <Input data-testid="policy-name" />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="calendarId" label={t("sla.policies.calendar")} rules={[{ required: true }]}>
              <Select
                loading={calendars.isPending}
                options={(calendars.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          label={t("sla.policies.match")}
          extra={t("sla.policies.matchHelp")}
          style={{ marginBottom: 8 }}
        >
          <Space wrap>
            <Form.Item name="priority" noStyle>
              <Select<Priority>
                allowClear
                placeholder={t("sla.policies.anyPriority")}
                style={{ width: 150 }}
                options={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
              />
            </Form.Item>
            <Form.Item name="tier" noStyle>
              <Select<Tier>
                allowClear
                placeholder={t("sla.policies.anyTier")}
                style={{ width: 130 }}
                options={TIERS.map((x) => ({ value: x, label: t(`tier.${x}`) }))}
              />
            </Form.Item>
            <Form.Item name="type" noStyle>
              <Select<TicketType>
                allowClear
                placeholder={t("sla.policies.anyType")}
                style={{ width: 130 }}
                options={TICKET_TYPES.map((x) => ({ value: x, label: t(`type.${x}`) }))}
              />
            </Form.Item>
          </Space>
        </Form.Item>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item
              name="firstResponseMinutes"
              label={t("sla.policies.firstResponse")}
              rules={[{ required: true }]}
            >
              <InputNumber {...minutes} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="nextResponseMinutes" label={t("sla.policies.nextResponse")}>
              <InputNumber {...minutes} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="resolutionMinutes"
              label={t("sla.policies.resolution")}
              rules={[{ required: true }]}
            >
              <InputNumber {...minutes} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="warnAtPercent" label={t("sla.policies.warnAt")} rules={[{ required: true }]}>
              <InputNumber min={1} max={100} precision={0} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="pauseOn" label={t("sla.policies.pauseOn")}>
              <Select<TicketStatus[]>
                mode="multiple"
                options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="goldenChannel" label={t("sla.policies.goldenChannel")} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Divider titlePlacement="start">{t("sla.policies.escalation")}</Divider>
        <Form.List name="escalation">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start" wrap style={{ display: "flex" }}>
                  <Form.Item
                    name={[f.name, "level"]}
                    label={t("sla.policies.level")}
                    rules={[{ required: true }]}
                  >
                    <Select
                      style={{ width: 80 }}
                      options={[1, 2, 3].map((n) => ({ value: n, label: `L${n}` }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, "afterMinutes"]}
                    label={t("sla.policies.afterMinutes")}
                    rules={[{ required: true }]}
                  >
                    <InputNumber min={0} max={1_000_000} precision={0} />
                  </Form.Item>
                  <Form.Item name={[f.name, "notifyRoles"]} label={t("sla.policies.notifyRoles")}>
                    <Select<Role[]>
                      mode="multiple"
                      style={{ minWidth: 160 }}
                      options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, "assignTo"]}
                    label={t("sla.policies.assignTo")}
                    tooltip={t("sla.policies.assignHelp")}
                  >
                    <Select
                      allowClear
                      showSearch={{ optionFilterProp: "label" }}
                      style={{ minWidth: 160 }}
                      options={assignOptions}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t("sla.calendars.remove")}
                    onClick={() => remove(f.name)}
                    style={{ marginTop: 30 }}
                  />
                </Space>
              ))}
              {fields.length < 3 ? (
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ level: fields.length + 1, afterMinutes: 60 })}
                >
                  {t("sla.policies.addStep")}
                </Button>
              ) : null}
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
