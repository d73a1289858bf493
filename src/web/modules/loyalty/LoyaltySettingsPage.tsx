import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Form, Input, InputNumber, Select, Switch, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { LoyaltySettings } from "../../../shared/api/loyalty";
import { showError, showSuccess } from "../../app/feedback";
import { useTitle } from "../../app/useTitle";
import { PageForm } from "../../ui/patterns";
import { useLoyaltySettings, useRunCare, useSaveLoyaltySettings } from "./api";

const TIERS = ["standard", "gold", "vip"] as const;
const KINDS = ["birthday", "holiday", "maintenance"] as const;
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

function Points({ name, label }: { name: (string | number)[]; label: string }) {
  return (
    <Form.Item name={name} label={label} rules={[{ required: true }]}>
      <InputNumber min={0} max={1_000_000} precision={0} style={{ width: 160 }} />
    </Form.Item>
  );
}

function CareRules() {
  const { t } = useTranslation();
  return (
    <Form.List name="care">
      {(fields, { add, remove }) => (
        <Flex vertical gap={12}>
          {fields.map((f) => (
            <Card
              key={f.key}
              size="small"
              data-testid="care-rule"
              extra={
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() => remove(f.name)}
                  aria-label={t("loyalty.settings.remove")}
                />
              }
            >
              <Flex gap={12} wrap>
                <Form.Item
                  name={[f.name, "id"]}
                  label={t("loyalty.settings.ruleId")}
                  rules={[{ required: true, pattern: /^[a-z0-9_-]+$/ }]}
                >
                  <Input style={{ width: 140 }} />
                </Form.Item>
                <Form.Item
                  name={[f.name, "kind"]}
                  label={t("loyalty.settings.careKind")}
                  rules={[{ required: true }]}
                >
                  <Select
                    style={{ width: 240 }}
                    options={KINDS.map((k) => ({ value: k, label: t(`loyalty.settings.kinds.${k}`) }))}
                  />
                </Form.Item>
                <Form.Item
                  name={[f.name, "active"]}
                  label={t("loyalty.settings.active")}
                  valuePropName="checked"
                >
                  <Switch />
                </Form.Item>
              </Flex>
              <Flex gap={12} wrap>
                <Form.Item
                  name={[f.name, "name", "zh"]}
                  label={`${t("loyalty.settings.careName")} (中文)`}
                  rules={[{ required: true, max: 100 }]}
                  style={{ flex: "1 1 200px" }}
                >
                  <Input />
                </Form.Item>
                <Form.Item
                  name={[f.name, "name", "en"]}
                  label={`${t("loyalty.settings.careName")} (English)`}
                  rules={[{ required: true, max: 100 }]}
                  style={{ flex: "1 1 200px" }}
                >
                  <Input />
                </Form.Item>
              </Flex>
              <Flex gap={12} wrap>
                <Form.Item
                  name={[f.name, "message", "zh"]}
                  label={`${t("loyalty.settings.careMessage")} (中文)`}
                  rules={[{ required: true, max: 500 }]}
                  style={{ flex: "1 1 260px" }}
                >
                  <Input.TextArea autoSize={{ minRows: 2 }} />
                </Form.Item>
                <Form.Item
                  name={[f.name, "message", "en"]}
                  label={`${t("loyalty.settings.careMessage")} (English)`}
                  rules={[{ required: true, max: 500 }]}
                  style={{ flex: "1 1 260px" }}
                >
                  <Input.TextArea autoSize={{ minRows: 2 }} />
                </Form.Item>
              </Flex>
              <Flex gap={12} wrap>
                <Form.Item
                  name={[f.name, "tiers"]}
                  label={t("loyalty.settings.tiers")}
                  style={{ flex: "1 1 200px" }}
                >
                  <Select mode="multiple" options={TIERS.map((x) => ({ value: x, label: t(`tier.${x}`) }))} />
                </Form.Item>
                <Form.Item
                  name={[f.name, "productLines"]}
                  label={t("loyalty.settings.productLines")}
                  style={{ flex: "1 1 200px" }}
                >
                  <Select mode="tags" open={false} />
                </Form.Item>
                <Form.Item
                  name={[f.name, "regions"]}
                  label={t("loyalty.settings.regions")}
                  style={{ flex: "1 1 200px" }}
                >
                  <Select mode="tags" open={false} />
                </Form.Item>
                <Form.Item
                  name={[f.name, "months"]}
                  label={t("loyalty.settings.months")}
                  style={{ flex: "1 1 200px" }}
                >
                  <Select mode="multiple" options={MONTHS.map((m) => ({ value: m, label: String(m) }))} />
                </Form.Item>
              </Flex>
            </Card>
          ))}
          <Button
            icon={<PlusOutlined />}
            onClick={() =>
              add({
                id: `care-${fields.length + 1}`,
                kind: "maintenance",
                active: true,
                tiers: [],
                productLines: [],
                regions: [],
                months: [],
              })
            }
          >
            {t("loyalty.settings.addRule")}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

// Admin: earn rules, plan prices in points, expiry, vouchers, gifts, care actions.
export default function LoyaltySettingsPage() {
  const { t } = useTranslation();
  const source = useLoyaltySettings();
  const save = useSaveLoyaltySettings();
  const run = useRunCare();
  useTitle(t("loyalty.settings.title"));
  return (
    <section style={{ maxWidth: 960 }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t("loyalty.settings.title")}
        </Typography.Title>
        <Button
          loading={run.isPending}
          onClick={() =>
            run
              .mutateAsync()
              .then((r) => showSuccess(t("loyalty.settings.ranNow", { n: r.scheduled })), showError)
          }
        >
          {t("loyalty.settings.runNow")}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary">{t("loyalty.settings.intro")}</Typography.Paragraph>
      <PageForm<LoyaltySettings>
        source={source}
        toValues={(d) => d}
        onSubmit={(v) => save.mutateAsync(v)}
        saveTestId="loyalty-save"
      >
        {() => (
          <Flex vertical gap={16}>
            <Card size="small" title={t("loyalty.settings.earn")}>
              <Flex gap={16} wrap>
                <Points name={["earn", "registration"]} label={t("loyalty.settings.registration")} />
                <Points name={["earn", "survey"]} label={t("loyalty.settings.survey")} />
                <Points name={["earn", "referrer"]} label={t("loyalty.settings.referrer")} />
                <Points name={["earn", "referred"]} label={t("loyalty.settings.referred")} />
                <Points name={["earn", "perYuan"]} label={t("loyalty.settings.perYuan")} />
              </Flex>
              <Flex gap={16} wrap>
                <Form.Item
                  name="planPointsPerYuan"
                  label={t("loyalty.settings.planPointsPerYuan")}
                  rules={[{ required: true }]}
                >
                  <InputNumber min={1} max={1000} precision={0} style={{ width: 160 }} />
                </Form.Item>
                <Form.Item
                  name="expiryMonths"
                  label={t("loyalty.settings.expiryMonths")}
                  rules={[{ required: true }]}
                >
                  <InputNumber min={0} max={120} precision={0} style={{ width: 160 }} />
                </Form.Item>
              </Flex>
            </Card>
            <Card size="small" title={t("loyalty.settings.vouchers")}>
              <Form.List name="vouchers">
                {(fields, { add, remove }) => (
                  <Flex vertical gap={4}>
                    {fields.map((f) => (
                      <Flex key={f.key} gap={8} align="start" wrap>
                        <Form.Item
                          name={[f.name, "value"]}
                          label={t("loyalty.settings.voucherValue")}
                          rules={[{ required: true }]}
                        >
                          <InputNumber min={1} max={100_000} precision={0} />
                        </Form.Item>
                        <Points name={[f.name, "points"]} label={t("loyalty.settings.voucherPoints")} />
                        <Button
                          type="text"
                          danger
                          icon={<DeleteOutlined />}
                          onClick={() => remove(f.name)}
                          aria-label={t("loyalty.settings.remove")}
                          style={{ marginTop: 30 }}
                        />
                      </Flex>
                    ))}
                    <Button
                      icon={<PlusOutlined />}
                      onClick={() => add({ value: 50, points: 500 })}
                      style={{ alignSelf: "start" }}
                    >
                      {t("loyalty.settings.addVoucher")}
                    </Button>
                  </Flex>
                )}
              </Form.List>
            </Card>
            <Card size="small" title={t("loyalty.settings.gifts")}>
              <Form.List name="gifts">
                {(fields, { add, remove }) => (
                  <Flex vertical gap={4}>
                    {fields.map((f) => (
                      <Flex key={f.key} gap={8} align="start" wrap>
                        <Form.Item
                          name={[f.name, "id"]}
                          label={t("loyalty.settings.giftId")}
                          rules={[{ required: true, max: 40 }]}
                        >
                          <Input style={{ width: 120 }} />
                        </Form.Item>
                        <Form.Item
                          name={[f.name, "name", "zh"]}
                          label={t("common.nameZh")}
                          rules={[{ required: true, max: 100 }]}
                        >
                          <Input />
                        </Form.Item>
                        <Form.Item
                          name={[f.name, "name", "en"]}
                          label={t("common.nameEn")}
                          rules={[{ required: true, max: 100 }]}
                        >
                          <Input />
                        </Form.Item>
                        <Points name={[f.name, "points"]} label={t("loyalty.settings.voucherPoints")} />
                        <Button
                          type="text"
                          danger
                          icon={<DeleteOutlined />}
                          onClick={() => remove(f.name)}
                          aria-label={t("loyalty.settings.remove")}
                          style={{ marginTop: 30 }}
                        />
                      </Flex>
                    ))}
                    <Button
                      icon={<PlusOutlined />}
                      onClick={() => add({ id: `gift-${fields.length + 1}`, points: 300 })}
                      style={{ alignSelf: "start" }}
                    >
                      {t("loyalty.settings.addGift")}
                    </Button>
                  </Flex>
                )}
              </Form.List>
            </Card>
            <Card size="small" title={t("loyalty.settings.care")}>
              <CareRules />
            </Card>
          </Flex>
        )}
      </PageForm>
    </section>
  );
}
