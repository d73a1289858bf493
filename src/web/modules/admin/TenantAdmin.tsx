import { Button, Form, Input, InputNumber, Select, Skeleton } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { applyFieldErrors, showSuccess } from "../../app/feedback";
import type { Locale } from "../../app/types";
import { ErrorState } from "../../ui/ListState";
import { PageHeader, useUnsavedGuard } from "../../ui/patterns";
import { type TenantInput, useSaveTenant, useTenant } from "../users/api";

const zones = (): string[] => {
  try {
    return Intl.supportedValuesOf("timeZone");
  } catch {
    return ["Asia/Shanghai", "UTC"];
  }
};

export function TenantAdmin() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const save = useSaveTenant();
  const [form] = Form.useForm<TenantInput>();
  const tzOptions = useMemo(() => zones().map((z) => ({ value: z, label: z })), []);
  const [dirty, setDirty] = useState(false);
  useUnsavedGuard(dirty);

  if (tenant.isPending) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (tenant.isError) return <ErrorState error={tenant.error} onRetry={() => void tenant.refetch()} />;

  const submit = async (v: TenantInput) => {
    try {
      await save.mutateAsync(v);
      setDirty(false);
      showSuccess(t("common.saved"));
    } catch (err) {
      applyFieldErrors(form, err);
    }
  };

  return (
    <>
      <PageHeader title={t("admin.tenant")} description={t("settings.describe.tenant")} />
      <Form<TenantInput>
        form={form}
        layout="vertical"
        style={{ maxWidth: 520 }}
        initialValues={tenant.data}
        onFinish={(v) => void submit(v)}
        onValuesChange={() => setDirty(true)}
      >
        <Form.Item
          name="name"
          label={t("admin.tenantName")}
          rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="timezone"
          label={t("admin.timezone")}
          rules={[{ required: true, message: t("validation.required") }]}
        >
          <Select<string> showSearch options={tzOptions} />
        </Form.Item>
        <Form.Item name="defaultLocale" label={t("admin.defaultLocale")}>
          <Select<Locale>
            options={[
              { value: "zh-CN", label: t("lang.zh") },
              { value: "en", label: t("lang.en") },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="autoCloseDays"
          label={t("admin.autoCloseDays")}
          extra={t("admin.autoCloseHelp")}
          rules={[
            {
              required: true,
              type: "number",
              min: 1,
              max: 90,
              message: t("validation.range", { min: 1, max: 90 }),
            },
          ]}
        >
          <InputNumber min={1} max={90} style={{ width: "100%" }} />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          loading={save.isPending}
          disabled={save.isPending}
          data-testid="tenant-save"
        >
          {t("common.save")}
        </Button>
      </Form>
    </>
  );
}
