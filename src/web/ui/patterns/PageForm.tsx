import { Button, Form, type FormInstance, Skeleton } from "antd";
import { type CSSProperties, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { applyFieldErrors, showSuccess } from "../../app/feedback";
import { ErrorState } from "../ListState";
import { useUnsavedGuard } from "./useUnsavedGuard";

type Loaded<V> = { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown; data?: V };

// The form pattern for a settings page (not a dialog): loads, then edits in place; submit disabled
// while sending, server field errors under their fields, a question before leaving with changes.
export function PageForm<T extends object, V = T>(p: {
  source: Loaded<V>;
  toValues: (data: V) => Partial<T>;
  onSubmit: (values: T) => Promise<unknown>;
  children: (form: FormInstance<T>) => ReactNode;
  saveTestId: string;
  style?: CSSProperties;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<T>();
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  useUnsavedGuard(dirty && !busy);

  if (p.source.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (p.source.isError || p.source.data === undefined) {
    return <ErrorState error={p.source.error} onRetry={() => void p.source.refetch()} />;
  }

  const submit = async (values: T) => {
    setBusy(true);
    try {
      await p.onSubmit(values);
      setDirty(false);
      showSuccess(t("common.saved"));
    } catch (err) {
      applyFieldErrors(form, err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<T>
      form={form}
      layout="vertical"
      style={p.style}
      initialValues={p.toValues(p.source.data)}
      onFinish={(v) => void submit(v)}
      onValuesChange={() => setDirty(true)}
    >
      {p.children(form)}
      <Button type="primary" htmlType="submit" loading={busy} disabled={busy} data-testid={p.saveTestId}>
        {t("common.save")}
      </Button>
    </Form>
  );
}
