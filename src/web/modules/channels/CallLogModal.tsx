import { Alert, Form, Input, InputNumber, Modal, Radio, Select, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { applyFieldErrors, showSuccess } from "../../app/feedback";
import { type Customer, TICKET_TYPES, type TicketType } from "../../app/types";
import { useDebounced } from "../../app/useDebounced";
import { useCustomerSearch, useSaveCustomer } from "../customers/api";
import { type Call, useLogCall } from "./api";

type Values = {
  direction: "inbound" | "outbound";
  number: string;
  minutes: number;
  summary: string;
  subject?: string;
  type?: TicketType;
  // Caller mode: a customer found by the number, or NEW_CUSTOMER with the name and kind below.
  customerId?: string;
  customerName?: string;
  customerKind?: Customer["kind"];
};

const NEW_CUSTOMER = "__new";

type Props = {
  open: boolean;
  onClose: () => void;
  // A call on this ticket, or a new ticket for this customer opened from the call.
  // "caller": anyone who phones; the number finds the customer, or a first-time caller is created
  // in the same form, and a ticket is opened from the call.
  mode: { kind: "ticket"; ticketRef: string } | { kind: "new"; customerId: string } | { kind: "caller" };
  defaultNumber?: string | null;
  onDone?: (call: Call) => void;
};

const PHONE = /^\+?[0-9][0-9 ()-]{2,39}$/;

export function CallLogModal({ open, onClose, mode, defaultNumber, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const log = useLogCall();
  const required = { required: true, whitespace: true, message: t("validation.required") };
  const creating = mode.kind !== "ticket";
  const caller = mode.kind === "caller";
  const saveCustomer = useSaveCustomer();
  // Created once: a retry after a refused call does not create the caller twice.
  const [created, setCreated] = useState<Customer | null>(null);
  const number = Form.useWatch("number", form) ?? "";
  const digits = number.replace(/\D/g, "");
  const looked = useDebounced(digits.length >= 6 && PHONE.test(number.trim()) ? number.trim() : "");
  const matches = useCustomerSearch(looked, caller && looked !== "");
  const found = looked && matches.data ? matches.data.items : [];
  const chosen = Form.useWatch("customerId", form);
  const isNew =
    caller && looked !== "" && !matches.isFetching && (found.length === 0 || chosen === NEW_CUSTOMER);

  const customerFor = async (v: Values): Promise<string> => {
    if (mode.kind === "new") return mode.customerId;
    if (!isNew && v.customerId && v.customerId !== NEW_CUSTOMER) return v.customerId;
    if (created) return created.id;
    const c = await saveCustomer.mutateAsync({
      input: {
        name: (v.customerName ?? "").trim(),
        kind: v.customerKind ?? "person",
        phone: v.number.trim(),
      },
    });
    setCreated(c);
    return c.id;
  };

  const submit = async (v: Values) => {
    try {
      const customerId = mode.kind === "ticket" ? null : await customerFor(v);
      const call = await log.mutateAsync({
        direction: v.direction,
        number: v.number.trim(),
        durationSeconds: Math.round((v.minutes ?? 0) * 60),
        summary: v.summary.trim(),
        ...(mode.kind === "ticket"
          ? { ticketRef: mode.ticketRef }
          : {
              customerId: customerId ?? "",
              createTicket: { subject: (v.subject ?? "").trim(), type: v.type ?? "repair" },
            }),
      });
      showSuccess(
        t(creating ? "channels.call.created" : "channels.call.saved", { number: call.ticketNumber }),
      );
      form.resetFields();
      setCreated(null);
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
      okButtonProps={{
        loading: log.isPending || saveCustomer.isPending,
        disabled: log.isPending || saveCustomer.isPending || (caller && looked === ""),
        "data-testid": "call-submit",
      }}
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
        {caller && looked !== "" && found.length > 0 ? (
          <Form.Item name="customerId" label={t("channels.call.caller")} initialValue={found[0]?.id}>
            <Radio.Group data-testid="call-caller">
              <Space direction="vertical">
                {found.map((c) => (
                  <Radio key={c.id} value={c.id}>
                    {c.name} <Typography.Text type="secondary">{c.phone ?? ""}</Typography.Text>
                  </Radio>
                ))}
                <Radio value={NEW_CUSTOMER} data-testid="call-caller-new">
                  {t("channels.call.someoneElse")}
                </Radio>
              </Space>
            </Radio.Group>
          </Form.Item>
        ) : null}
        {isNew ? (
          <>
            {found.length === 0 ? (
              <Alert
                type="info"
                showIcon
                data-testid="call-unknown"
                title={t("channels.call.unknown")}
                style={{ marginBottom: 12 }}
              />
            ) : null}
            <Form.Item name="customerName" label={t("channels.call.callerName")} rules={[required]}>
              <Input data-testid="call-customer-name" maxLength={200} />
            </Form.Item>
            <Form.Item name="customerKind" label={t("admin.kind")} initialValue="person">
              <Radio.Group
                options={[
                  { value: "person", label: t("kind.person") },
                  { value: "company", label: t("kind.company") },
                ]}
              />
            </Form.Item>
          </>
        ) : null}
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
