import { Form, Input, InputNumber, Select } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Locale } from "../../app/types";
import { PageForm, PageHeader } from "../../ui/patterns";
import { type TenantInput, useSaveTenant, useTenant } from "../users/api";
import { RetentionSettings } from "./RetentionSettings";

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
  const tzOptions = useMemo(() => zones().map((z) => ({ value: z, label: z })), []);
  return (
    <>
      <PageHeader title={t("admin.tenant")} description={t("settings.describe.tenant")} />
      <PageForm<TenantInput>
        source={tenant}
        toValues={(d) => d}
        onSubmit={(v) => save.mutateAsync(v)}
        saveTestId="tenant-save"
        style={{ maxWidth: 520 }}
      >
        {() => (
          <>
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
            <Form.Item
              name="visitNoticeHours"
              label={t("field.noticeHours.label")}
              extra={t("field.noticeHours.help")}
              rules={[
                {
                  required: true,
                  type: "number",
                  min: 0,
                  max: 168,
                  message: t("validation.range", { min: 0, max: 168 }),
                },
              ]}
            >
              <InputNumber min={0} max={168} style={{ width: "100%" }} data-testid="visit-notice-hours" />
            </Form.Item>
          </>
        )}
      </PageForm>
      <RetentionSettings />
    </>
  );
}
