import { Col, Form, InputNumber, Row } from "antd";
import { useTranslation } from "react-i18next";
import type { Survey } from "./api";

type Quotas = NonNullable<Survey["segmentQuotas"]>;
const SEGMENTS = ["high_value", "long_standing", "new"] as const;

// The share of each customer segment to ask; an empty box falls back to the overall sample.
export function SegmentQuotas({
  value,
  onChange,
}: {
  value: Quotas | null;
  onChange: (v: Quotas | null) => void;
}) {
  const { t } = useTranslation();
  const set = (seg: (typeof SEGMENTS)[number], v: number | null) => {
    const next: Quotas = { ...(value ?? {}) };
    if (v === null) delete next[seg];
    else next[seg] = v;
    onChange(Object.keys(next).length ? next : null);
  };
  return (
    <Form.Item
      label={t("surveys.builder.segments")}
      extra={t("surveys.builder.segmentsHint")}
      style={{ marginBottom: 8 }}
    >
      <Row gutter={8}>
        {SEGMENTS.map((seg) => (
          <Col xs={24} sm={8} key={seg}>
            <InputNumber
              min={0}
              max={100}
              addonBefore={t(`surveys.builder.segment.${seg}`)}
              addonAfter="%"
              value={value?.[seg] ?? null}
              placeholder={t("surveys.builder.sample")}
              onChange={(v) => set(seg, v)}
              aria-label={t(`surveys.builder.segment.${seg}`)}
              style={{ width: "100%" }}
            />
          </Col>
        ))}
      </Row>
    </Form.Item>
  );
}
