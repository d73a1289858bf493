import { Form, type FormInstance, Modal } from "antd";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { applyFieldErrors } from "../../app/feedback";

type Props<T> = {
  title: string;
  initialValues?: Partial<T>;
  onSubmit: (values: T) => Promise<unknown>;
  onClose: () => void;
  children: (form: FormInstance<T>) => ReactNode;
};

// Mounted only while open, so every edit starts from fresh values; input survives server errors.
export function FormModal<T extends object>({ title, initialValues, onSubmit, onClose, children }: Props<T>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<T>();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    let values: T;
    try {
      values = await form.validateFields();
    } catch {
      return; // inline messages are already shown
    }
    setBusy(true);
    try {
      await onSubmit(values);
      onClose();
    } catch (err) {
      applyFieldErrors(form, err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={busy}
      okButtonProps={{ "data-testid": "modal-ok", disabled: busy }}
      onOk={() => void submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Form<T>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={() => void submit()}
        style={{ marginTop: 12 }}
      >
        {children(form)}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
