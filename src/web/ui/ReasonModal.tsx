import { Form, Input, Modal } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { applyFieldErrors } from "../app/feedback";

type Props = {
  open: boolean;
  title: string;
  required: boolean;
  placeholder?: string;
  okText?: string;
  onSubmit: (reason: string) => Promise<unknown>;
  onClose: () => void;
};

// Asks why before an action that needs a reason (reject, staff confirm, escalate…).
export function ReasonModal({ open, title, required, placeholder, okText, onSubmit, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const { reason } = await form.validateFields();
    setBusy(true);
    try {
      await onSubmit((reason ?? "").trim());
      onClose();
    } catch (err) {
      applyFieldErrors(form, err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={okText ?? t("common.ok")}
      cancelText={t("common.cancel")}
      confirmLoading={busy}
      okButtonProps={{ "data-testid": "reason-ok" }}
      onOk={() => void submit().catch(() => {})}
      onCancel={onClose}
      afterClose={() => form.resetFields()}
      forceRender
    >
      <Form form={form} layout="vertical" requiredMark={required} onFinish={() => void submit()}>
        <Form.Item
          name="reason"
          label={required ? t("ticket.reasonLabel") : t("ticket.reasonOptional")}
          rules={required ? [{ required: true, whitespace: true, message: t("validation.required") }] : []}
        >
          <Input.TextArea
            data-testid="reason-input"
            autoFocus
            rows={3}
            maxLength={1000}
            placeholder={placeholder ?? t("ticket.reasonPlaceholder")}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
