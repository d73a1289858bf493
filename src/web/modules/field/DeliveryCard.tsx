import { Button, Card, Descriptions, Flex, Input, InputNumber, Radio, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Visit } from "./api";

// A delivery's sign-off on the phone: model, quantity and the condition the goods arrived in,
// recorded before the customer signs (their signature confirms it; check-out needs it).
export function DeliveryCard({
  visit,
  busy,
  onSave,
}: {
  visit: Visit;
  busy: boolean;
  onSave: (d: { model: string; quantity: number; condition: "intact" | "damaged"; note?: string }) => void;
}) {
  const { t } = useTranslation();
  const [model, setModel] = useState("");
  const [quantity, setQuantity] = useState<number | null>(1);
  const [condition, setCondition] = useState<"intact" | "damaged">("intact");
  const [note, setNote] = useState("");
  const d = visit.delivery;
  const [editing, setEditing] = useState(false);
  // Editable until the customer signs; once recorded, the form opens again only to correct it.
  const editable = visit.status === "on_site" && !visit.signed;
  return (
    <Card size="small" title={t("field.delivery.title")} data-testid="delivery-card">
      {d ? (
        <Descriptions column={1} size="small" data-testid="delivery-record">
          <Descriptions.Item label={t("field.delivery.model")}>{d.model}</Descriptions.Item>
          <Descriptions.Item label={t("field.delivery.quantity")}>{d.quantity}</Descriptions.Item>
          <Descriptions.Item label={t("field.delivery.condition")}>
            {d.condition === "intact"
              ? t("field.delivery.intact")
              : `${t("field.delivery.damaged")}: ${d.note ?? ""}`}
          </Descriptions.Item>
        </Descriptions>
      ) : null}
      {editable && d && !editing ? (
        <Button
          type="link"
          style={{ padding: 0 }}
          data-testid="change-delivery"
          onClick={() => setEditing(true)}
        >
          {t("field.delivery.change")}
        </Button>
      ) : null}
      {editable && (!d || editing) ? (
        <Flex vertical gap={8} style={{ marginTop: d ? 8 : 0 }}>
          {d ? null : <Typography.Text type="secondary">{t("field.delivery.hint")}</Typography.Text>}
          <Input
            data-testid="delivery-model"
            aria-label={t("field.delivery.model")}
            placeholder={t("field.delivery.model")}
            value={model}
            maxLength={200}
            onChange={(e) => setModel(e.target.value)}
          />
          <Flex align="center" gap={8}>
            <Typography.Text>{t("field.delivery.quantity")}</Typography.Text>
            <InputNumber
              data-testid="delivery-quantity"
              aria-label={t("field.delivery.quantity")}
              min={1}
              max={999}
              value={quantity}
              onChange={setQuantity}
            />
          </Flex>
          <Radio.Group
            data-testid="delivery-condition"
            value={condition}
            onChange={(e) => setCondition(e.target.value)}
            options={[
              { value: "intact", label: t("field.delivery.intact") },
              { value: "damaged", label: t("field.delivery.damaged") },
            ]}
          />
          {condition === "damaged" ? (
            <Input.TextArea
              data-testid="delivery-note"
              aria-label={t("field.delivery.note")}
              placeholder={t("field.delivery.note")}
              rows={2}
              maxLength={1000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          ) : null}
          <Button
            data-testid="save-delivery"
            loading={busy}
            disabled={!model.trim() || !quantity || (condition === "damaged" && !note.trim())}
            onClick={() => {
              setEditing(false);
              onSave({
                model: model.trim(),
                quantity: quantity ?? 1,
                condition,
                ...(condition === "damaged" ? { note: note.trim() } : {}),
              });
            }}
          >
            {t("field.delivery.save")}
          </Button>
        </Flex>
      ) : null}
    </Card>
  );
}
