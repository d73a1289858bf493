import { Button, type ButtonProps, Drawer, Flex, Form, type FormInstance, Modal } from "antd";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { applyFieldErrors } from "../../app/feedback";
import { useUnsavedGuard } from "./useUnsavedGuard";

type Props<T> = {
  title: string;
  initialValues?: Partial<T>;
  onSubmit: (values: T) => Promise<unknown>;
  onClose: () => void;
  children: (form: FormInstance<T>) => ReactNode;
  // A drawer for long forms (policies, triggers); a modal otherwise.
  as?: "modal" | "drawer";
  width?: number;
  okText?: string;
};

// The one form pattern: mounted only while open (fresh values each time), inline validation in the
// user's language, submit disabled while sending, server field errors put under their fields,
// input kept on error, and a question before unsaved changes are thrown away.
export function FormModal<T extends object>(p: Props<T>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<T>();
  const [busy, setBusy] = useState(false);
  const [dirty, setDirty] = useState(false);
  const { confirmDiscard } = useUnsavedGuard(dirty && !busy);

  const submit = async () => {
    let values: T;
    try {
      values = await form.validateFields();
    } catch {
      return; // inline messages are already shown
    }
    setBusy(true);
    try {
      await p.onSubmit(values);
      setDirty(false);
      p.onClose();
    } catch (err) {
      applyFieldErrors(form, err);
    } finally {
      setBusy(false);
    }
  };
  const cancel = () => confirmDiscard(p.onClose);

  const body = (
    <Form<T>
      form={form}
      layout="vertical"
      initialValues={p.initialValues}
      onFinish={() => void submit()}
      onValuesChange={() => setDirty(true)}
      style={{ marginTop: 12 }}
    >
      {p.children(form)}
      <button type="submit" hidden aria-hidden tabIndex={-1} />
    </Form>
  );

  if (p.as === "drawer") {
    return (
      <Drawer
        open
        title={p.title}
        size={p.width ?? 560}
        onClose={cancel}
        mask={{ closable: false }}
        footer={
          <Flex justify="flex-end" gap={8}>
            <Button onClick={cancel}>{t("common.cancel")}</Button>
            <Button
              type="primary"
              loading={busy}
              disabled={busy}
              onClick={() => void submit()}
              data-testid="modal-ok"
            >
              {p.okText ?? t("common.save")}
            </Button>
          </Flex>
        }
      >
        {body}
      </Drawer>
    );
  }
  return (
    <Modal
      open
      title={p.title}
      width={p.width}
      okText={p.okText ?? t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={busy}
      okButtonProps={{ "data-testid": "modal-ok", disabled: busy } as ButtonProps}
      onOk={() => void submit()}
      onCancel={cancel}
      mask={{ closable: false }}
    >
      {body}
    </Modal>
  );
}
