import { Form, Select } from "antd";
import { useTranslation } from "react-i18next";
import { CUSTOMER_SEGMENTS, type CustomerSegment } from "../../../shared/customer-segments";

// Who a quarterly round asks: every customer, or the members of one of Customer insight's
// segments on the day the round goes out (the sample, quotas and cap still apply).
export function AudienceSelect({
  value,
  onChange,
}: {
  value: CustomerSegment | null;
  onChange: (v: CustomerSegment | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item
      label={t("surveys.builder.audience")}
      extra={t("surveys.builder.audienceHint")}
      style={{ marginBottom: 8 }}
    >
      <Select
        value={value ?? "everyone"}
        onChange={(v: string) => onChange(v === "everyone" ? null : (v as CustomerSegment))}
        aria-label={t("surveys.builder.audience")}
        data-testid="builder-audience"
        options={[
          { value: "everyone", label: t("surveys.builder.audienceEveryone") },
          ...CUSTOMER_SEGMENTS.map((s) => ({ value: s, label: t(`insight.segment.${s}`) })),
        ]}
      />
    </Form.Item>
  );
}
