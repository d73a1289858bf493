import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, Form, Input, InputNumber, Select, Space, Switch, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { CUSTOMER_TIERS, TICKET_TYPES } from "../../../shared/domain";
import { showError, showSuccess } from "../../app/feedback";
import { useTitle } from "../../app/useTitle";
import { ListState } from "../../ui/ListState";
import { type CallbackSettings, useCallbackSettings, useSaveCallbackSettings } from "./api";

// The form keeps "every other type" as "" (a Select value cannot be null); the API wants null.
type FormValues = Omit<CallbackSettings, "scripts"> & {
  scripts: { ticketType: string; zh: string; en: string }[];
};

function toForm(s: CallbackSettings): FormValues {
  return { ...s, scripts: s.scripts.map((x) => ({ ...x, ticketType: x.ticketType ?? "" })) };
}
function fromForm(v: FormValues): CallbackSettings {
  return {
    ...v,
    retryPlan: v.retryPlan.map((step) =>
      step.kind === "hours"
        ? { kind: "hours", hours: step.hours ?? 2 }
        : step.kind === "days"
          ? { kind: "days", days: step.days ?? 1 }
          : { kind: "next_working_day" },
    ),
    scripts: v.scripts.map((x) => ({
      ...x,
      ticketType: (x.ticketType || null) as CallbackSettings["scripts"][number]["ticketType"],
    })),
  };
}

function SettingsForm({ initial }: { initial: CallbackSettings }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const save = useSaveCallbackSettings();
  const typeOptions = TICKET_TYPES.map((v) => ({ value: v, label: t(`type.${v}`) }));
  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      initialValues={toForm(initial)}
      style={{ maxWidth: 760 }}
      onFinish={(v) =>
        save.mutate(fromForm(v), {
          onSuccess: () => showSuccess(t("callbacks.settings.saved")),
          onError: showError,
        })
      }
    >
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form.Item name="enabled" valuePropName="checked" label={t("callbacks.settings.enabled")}>
          <Switch />
        </Form.Item>
        <Form.Item name="ticketTypes" label={t("callbacks.settings.ticketTypes")}>
          <Select mode="multiple" options={typeOptions} allowClear />
        </Form.Item>
        <Form.Item name="tiers" label={t("callbacks.settings.tiers")}>
          <Select
            mode="multiple"
            options={CUSTOMER_TIERS.map((v) => ({ value: v, label: t(`tier.${v}`) }))}
            allowClear
          />
        </Form.Item>
        <Space wrap size="large">
          <Form.Item
            name="samplePercent"
            label={t("callbacks.settings.samplePercent")}
            rules={[{ required: true }]}
          >
            <InputNumber min={0} max={100} />
          </Form.Item>
          <Form.Item
            name="delayHours"
            label={t("callbacks.settings.delayHours")}
            rules={[{ required: true }]}
          >
            <InputNumber min={0} max={720} />
          </Form.Item>
          <Form.Item label={t("callbacks.settings.callingHours")} required>
            <Space>
              <Form.Item name={["callingHours", "start"]} noStyle>
                <InputNumber min={0} max={23} aria-label={t("callbacks.settings.from")} />
              </Form.Item>
              <span>–</span>
              <Form.Item name={["callingHours", "end"]} noStyle>
                <InputNumber min={1} max={24} aria-label={t("callbacks.settings.to")} />
              </Form.Item>
            </Space>
          </Form.Item>
        </Space>
      </Card>
      <Card size="small" title={t("callbacks.settings.retryPlan")} style={{ marginBottom: 16 }}>
        <Form.List name="retryPlan">
          {(fields, { add, remove }) => (
            <Space direction="vertical" style={{ width: "100%" }}>
              {fields.map((f, i) => (
                <Space key={f.key} wrap align="baseline">
                  <Typography.Text>{i + 1}.</Typography.Text>
                  <Form.Item name={[f.name, "kind"]} noStyle>
                    <Select
                      style={{ width: 180 }}
                      options={(["hours", "next_working_day", "days"] as const).map((k) => ({
                        value: k,
                        label: t(`callbacks.settings.step.${k}`),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item noStyle shouldUpdate>
                    {() => {
                      const kind = form.getFieldValue(["retryPlan", f.name, "kind"]);
                      if (kind === "hours")
                        return (
                          <Form.Item name={[f.name, "hours"]} noStyle initialValue={2}>
                            <InputNumber min={1} max={168} aria-label={t("callbacks.settings.step.hours")} />
                          </Form.Item>
                        );
                      if (kind === "days")
                        return (
                          <Form.Item name={[f.name, "days"]} noStyle initialValue={1}>
                            <InputNumber min={1} max={30} aria-label={t("callbacks.settings.step.days")} />
                          </Form.Item>
                        );
                      return null;
                    }}
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      onClick={() => remove(f.name)}
                      aria-label={t("callbacks.settings.remove")}
                    />
                  )}
                </Space>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ kind: "hours", hours: 2 })}
                disabled={fields.length >= 10}
              >
                {t("callbacks.settings.addStep")}
              </Button>
            </Space>
          )}
        </Form.List>
        <Space wrap size="large" style={{ marginTop: 16 }}>
          <Form.Item
            name="maxAttempts"
            label={t("callbacks.settings.maxAttempts")}
            rules={[{ required: true }]}
          >
            <InputNumber min={1} max={10} />
          </Form.Item>
        </Space>
        <Form.Item name="autoConfirm" valuePropName="checked" label={t("callbacks.settings.autoConfirm")}>
          <Switch />
        </Form.Item>
      </Card>
      <Card size="small" title={t("callbacks.settings.scripts")} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t("callbacks.settings.placeholders")}</Typography.Paragraph>
        <Form.List name="scripts">
          {(fields, { add, remove }) => (
            <Space direction="vertical" style={{ width: "100%" }}>
              {fields.map((f) => (
                <Card
                  key={f.key}
                  size="small"
                  type="inner"
                  title={
                    <Form.Item name={[f.name, "ticketType"]} noStyle>
                      <Select
                        style={{ width: 200 }}
                        aria-label={t("callbacks.settings.scriptType")}
                        options={[{ value: "", label: t("callbacks.settings.anyType") }, ...typeOptions]}
                      />
                    </Form.Item>
                  }
                  extra={
                    <Button
                      type="text"
                      icon={<DeleteOutlined />}
                      onClick={() => remove(f.name)}
                      aria-label={t("callbacks.settings.remove")}
                    />
                  }
                >
                  <Form.Item
                    name={[f.name, "zh"]}
                    label={t("callbacks.settings.scriptZh")}
                    rules={[{ required: true, whitespace: true }]}
                  >
                    <Input.TextArea rows={3} maxLength={4000} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, "en"]}
                    label={t("callbacks.settings.scriptEn")}
                    rules={[{ required: true, whitespace: true }]}
                  >
                    <Input.TextArea rows={3} maxLength={4000} />
                  </Form.Item>
                </Card>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ ticketType: "", zh: "", en: "" })}>
                {t("callbacks.settings.addScript")}
              </Button>
            </Space>
          )}
        </Form.List>
      </Card>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t("callbacks.settings.save")}
      </Button>
    </Form>
  );
}

export default function CallbackSettingsPage() {
  const { t } = useTranslation();
  useTitle(t("callbacks.settings.title"));
  const query = useCallbackSettings();
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("callbacks.settings.title")}
        </Typography.Title>
        <Typography.Text type="secondary">{t("callbacks.settings.intro")}</Typography.Text>
      </div>
      <ListState query={query} empty={false} emptyText="">
        {query.data && <SettingsForm initial={query.data} />}
      </ListState>
    </Space>
  );
}
