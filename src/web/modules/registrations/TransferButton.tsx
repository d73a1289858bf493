import { SwapOutlined } from "@ant-design/icons";
import { Button, Form, Input, Modal, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { applyFieldErrors, showError, showSuccess } from "../../app/feedback";
import { useTransferUnit } from "./api";

type Values = { email?: string; phone?: string; reason?: string };

// The owner hands a product to someone else (a sale, a gift) by their e-mail or phone; staff move a
// unit to another customer (a proven conflicting claim) with a reason, which the audit log keeps.
export function TransferButton({ serial, staff = false }: { serial: string; staff?: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const transfer = useTransferUnit();
  const submit = async (v: Values) => {
    if (!v.email?.trim() && !v.phone?.trim()) {
      form.setFields([{ name: "email", errors: [t("registration.transfer.oneOf")] }]);
      return;
    }
    try {
      await transfer.mutateAsync({
        serial,
        email: v.email?.trim() || undefined,
        phone: v.phone?.trim() || undefined,
        reason: v.reason?.trim() || undefined,
      });
      // The owner's transfer is an offer the recipient accepts; staff move the unit at once.
      showSuccess(t(staff ? "registration.transfer.done" : "registration.transfer.offered"));
      setOpen(false);
    } catch (err) {
      applyFieldErrors(form, err);
      if (!form.getFieldsError().some((f) => f.errors.length > 0)) showError(err);
    }
  };
  return (
    <>
      <Button
        icon={<SwapOutlined />}
        size={staff ? "small" : undefined}
        onClick={() => setOpen(true)}
        data-testid={staff ? `unit-transfer-${serial}` : "unit-transfer"}
      >
        {t("registration.transfer.action")}
      </Button>
      <Modal
        open={open}
        title={t("registration.transfer.title", { serial })}
        okText={t("registration.transfer.submit")}
        onOk={() => form.submit()}
        confirmLoading={transfer.isPending}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">
          {t(staff ? "registration.transfer.staffIntro" : "registration.transfer.intro")}
        </Typography.Paragraph>
        <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)}>
          <Form.Item name="email" label={t("registration.transfer.email")}>
            <Input type="email" autoComplete="off" />
          </Form.Item>
          <Form.Item name="phone" label={t("registration.transfer.phone")}>
            <Input type="tel" autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t("registration.transfer.reason")}
            rules={staff ? [{ required: true, whitespace: true, message: t("validation.required") }] : []}
          >
            <Input maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
