import { Form, Input, InputNumber, Modal, Radio, Select } from "antd";
import { useTranslation } from "react-i18next";
import { applyFieldErrors, showSuccess } from "../../app/feedback";
import { TICKET_TYPES, type TicketType } from "../../app/types";
import { type Call, useLogCall } from "./api";

type Values = {
  direction: "inbound" | "outbound";
  number: string;
  minutes: number;
  summary: string;
  subject?: string;
  type?: TicketType;
};

type Props = {
  open: boolean;
  onClose: () => void;
  // A call on this ticket, or a new ticket for this customer opened from the call.
  mode: { kind: "ticket"; ticketRef: string } | { kind: "new"; customerId: string };
  defaultNumber?: string | null;
  onDone?: (call: Call) => void;
};

const PHONE = /^\+?[0-9][0-9 ()-]{2,39}$/;

export function CallLogModal({ open, onClose, mode, defaultNumber, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const log = useLogCall();
  const required = { required: true, whitespace: true, message: t("validation.required") };
  const creating = mode.kind === "new";

  const submit = async (v: Values) => {
    try {
      const call = await log.mutateAsync({
        direction: v.direction,
        number: v.number.trim(),
        durationSeconds: Math.round((v.minutes ?? 0) * 60),
        summary: v.summary.trim(),
        ...(mode.kind === "ticket"
          ? { ticketRef: mode.ticketRef }
          : {
              customerId: mode.customerId,
              createTicket: { subject: (v.subject ?? "").trim(), type: v.type ?? "repair" },
            }),
      });
      showSuccess(
        t(creating ? "channels.call.created" : "channels.call.saved", { number: call.ticketNumber }),
      );
      form.resetFields();
      onClose();
      onDone?.(call);
    } catch (err) {
      applyFieldErrors(form, err);
    }
  };

  return (
    <Modal
      open={open}
      title={t(creating ? "channels.call.titleNew" : "channels.call.titleLog")}
      onCancel={onClose}
      okText={t(creating ? "channels.call.create" : "channels.call.save")}
      okButtonProps={{ loading: log.isPending, disabled: log.isPending, "data-testid": "call-submit" }}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ direction: "inbound", number: defaultNumber ?? "", minutes: 1 }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="direction" label={t("channels.call.direction")}>
          <Radio.Group
            data-testid="call-direction"
            options={[
              { value: "inbound", label: t("channels.call.inbound") },
              { value: "outbound", label: t("channels.call.outbound") },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="number"
          label={t("channels.call.number")}
          rules={[required, { pattern: PHONE, message: t("channels.call.invalidNumber") }]}
        >
          <Input data-testid="call-number" maxLength={40} inputMode="tel" />
        </Form.Item>
        <Form.Item
          name="minutes"
          label={t("channels.call.duration")}
          rules={[{ required: true, message: t("validation.required") }]}
        >
          <InputNumber data-testid="call-duration" min={0} max={1440} step={0.5} style={{ width: 160 }} />
        </Form.Item>
        {creating ? (
          <>
            <Form.Item
              name="subject"
              label={t("channels.call.subject")}
              rules={[required, { max: 300, message: t("validation.maxLength", { max: 300 }) }]}
            >
              <Input data-testid="call-subject" maxLength={300} />
            </Form.Item>
            <Form.Item
              name="type"
              label={t("channels.call.type")}
              rules={[{ required: true, message: t("validation.required") }]}
            >
              <Select<TicketType>
                data-testid="call-type"
                options={TICKET_TYPES.map((ty) => ({ value: ty, label: t(`type.${ty}`) }))}
              />
            </Form.Item>
          </>
        ) : null}
        <Form.Item name="summary" label={t("channels.call.summary")} rules={[required]}>
          <Input.TextArea
            data-testid="call-summary"
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={10000}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
