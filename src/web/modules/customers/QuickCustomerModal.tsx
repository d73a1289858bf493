import { Form, Input, Modal, Select } from "antd";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { applyFieldErrors, showSuccess } from "../../app/feedback";
import type { Customer } from "../../app/types";
import { type CustomerInput, useSaveCustomer } from "./api";

type Values = { name: string; kind: Customer["kind"]; phone?: string; email?: string };

// A first-time caller or writer: the customer is created without leaving the ticket being logged.
// What the agent already typed in the search box is kept (a phone number goes to the phone field,
// anything else to the name).
export function QuickCustomerModal({
  open,
  typed,
  onCreated,
  onClose,
}: {
  open: boolean;
  typed: string;
  onCreated: (c: Customer) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useSaveCustomer();

  useEffect(() => {
    if (!open) return;
    const phoneLike = /^[\d\s+\-().]{4,}$/.test(typed.trim());
    form.setFieldsValue({
      kind: "person",
      name: phoneLike ? "" : typed.trim(),
      phone: phoneLike ? typed.trim() : "",
      email: "",
    });
  }, [open, typed, form]);

  const submit = async () => {
    const v = await form.validateFields();
    const input: CustomerInput = {
      name: v.name.trim(),
      kind: v.kind,
      ...(v.phone?.trim() ? { phone: v.phone.trim() } : {}),
      ...(v.email?.trim() ? { email: v.email.trim() } : {}),
    };
    try {
      const created = await save.mutateAsync({ input });
      showSuccess(t("newTicket.customerCreated", { name: created.name }));
      onCreated(created);
      onClose();
    } catch (err) {
      applyFieldErrors(form, err);
    }
  };

  return (
    <Modal
      open={open}
      title={t("admin.newCustomer")}
      okText={t("newTicket.createCustomer")}
      cancelText={t("common.cancel")}
      confirmLoading={save.isPending}
      okButtonProps={{ "data-testid": "quick-customer-ok" }}
      onOk={() => void submit().catch(() => {})}
      onCancel={onClose}
      forceRender
    >
      <Form
        form={form}
        layout="vertical"
        name="quick-customer"
        onFinish={() => void submit().catch(() => {})}
      >
        <Form.Item
          name="name"
          label={t("admin.name")}
          rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
        >
          <Input data-testid="quick-customer-name" maxLength={200} autoFocus />
        </Form.Item>
        <Form.Item name="kind" label={t("admin.kind")}>
          <Select
            options={[
              { value: "person", label: t("kind.person") },
              { value: "company", label: t("kind.company") },
            ]}
          />
        </Form.Item>
        <Form.Item name="phone" label={t("admin.phone")}>
          <Input data-testid="quick-customer-phone" maxLength={40} />
        </Form.Item>
        <Form.Item
          name="email"
          label={t("admin.email")}
          rules={[{ type: "email", message: t("validation.email") }]}
        >
          <Input data-testid="quick-customer-email" maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
