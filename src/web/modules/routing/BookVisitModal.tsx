import { DatePicker, Form, Input, InputNumber, Modal, Select, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { applyFieldErrors, showSuccess } from "../../app/feedback";
import type { TicketListItem } from "../../app/types";
import { useSkillName } from "../skills/api";
import { type AgentLoad, useBookVisitFor, useFieldNetwork } from "./api";

const KINDS = ["installation", "delivery", "repair", "maintenance", "inspection", "remote"] as const;
// The ticket types that usually need someone at the customer's home, and the visit they become.
export const VISIT_FOR_TYPE: Partial<Record<TicketListItem["type"], (typeof KINDS)[number]>> = {
  installation: "installation",
  repair: "repair",
  delivery: "delivery",
  exchange: "delivery",
};

type Values = {
  kind: string;
  nodeId: string;
  address: string;
  durationMinutes: number;
  technicianId: string;
  start: Dayjs;
};

// Books a visit for a queued ticket with a chosen technician, through the field module's own
// commands (create the visit, then give it to the technician at a time): the board only picks.
export function BookVisitModal({
  ticket,
  board,
  onClose,
}: {
  ticket: TicketListItem;
  board: readonly AgentLoad[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const skillName = useSkillName();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const { nodes, technicians } = useFieldNetwork(true);
  const book = useBookVisitFor(ticket.number);
  // Loads as they were on opening: labels that change under the pointer would lose the click.
  const [load] = useState(() => new Map(board.map((a) => [a.userId, a])));
  const techs = technicians.data?.items ?? [];

  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      const visit = await book.mutateAsync({ ...v, start: v.start.toISOString() });
      showSuccess(
        t("routing.board.visitBooked", { number: ticket.number, name: visit.technicianName ?? "" }),
      );
      onClose();
    } catch (err) {
      // The failed write has told the user why already (the mutation cache); here the fields.
      applyFieldErrors(form, err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t("routing.board.visitTitle", { number: ticket.number })}
      okText={t("common.ok")}
      cancelText={t("common.cancel")}
      confirmLoading={busy}
      okButtonProps={{ "data-testid": "visit-ok" }}
      onOk={() => void submit().catch(() => {})}
      onCancel={onClose}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          kind: VISIT_FOR_TYPE[ticket.type] ?? "repair",
          durationMinutes: 90,
          start: dayjs().add(1, "day").hour(10).minute(0).second(0).millisecond(0),
        }}
      >
        <Form.Item
          name="kind"
          label={t("routing.board.visitKind")}
          rules={[{ required: true, message: t("validation.required") }]}
        >
          <Select options={KINDS.map((k) => ({ value: k, label: t(`field.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item
          name="technicianId"
          label={t("routing.board.visitTechnician")}
          rules={[{ required: true, message: t("validation.required") }]}
          extra={
            technicians.isSuccess && techs.length === 0 ? (
              <Typography.Text type="secondary">{t("routing.board.noTechnicians")}</Typography.Text>
            ) : null
          }
        >
          <Select
            data-testid="visit-technician"
            loading={technicians.isPending}
            showSearch={{ optionFilterProp: "label" }}
            onChange={(id: string) => {
              // The technician's home centre is the natural place to book from.
              const tech = techs.find((x) => x.userId === id);
              if (tech && !form.getFieldValue("nodeId")) form.setFieldValue("nodeId", tech.nodeId);
            }}
            options={techs.map((x) => {
              const l = load.get(x.userId);
              const skills = x.skills.map(skillName).join("、");
              const work = l ? ` · ${l.open + l.visitsToday}/${l.capacity}` : "";
              return { value: x.userId, label: `${x.name}${work}${skills ? ` · ${skills}` : ""}` };
            })}
          />
        </Form.Item>
        <Form.Item
          name="nodeId"
          label={t("routing.board.visitNode")}
          rules={[{ required: true, message: t("validation.required") }]}
        >
          <Select
            data-testid="visit-node"
            loading={nodes.isPending}
            showSearch={{ optionFilterProp: "label" }}
            options={(nodes.data?.items ?? []).map((n) => ({ value: n.id, label: n.name }))}
          />
        </Form.Item>
        <Form.Item
          name="address"
          label={t("routing.board.visitAddress")}
          rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
        >
          <Input data-testid="visit-address" maxLength={500} />
        </Form.Item>
        <Form.Item
          name="start"
          label={t("routing.board.visitStart")}
          rules={[{ required: true, message: t("validation.required") }]}
        >
          <DatePicker showTime={{ format: "HH:mm", minuteStep: 15 }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item
          name="durationMinutes"
          label={t("routing.board.visitDuration")}
          rules={[{ required: true, message: t("validation.required") }]}
        >
          <InputNumber min={15} max={480} step={15} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
