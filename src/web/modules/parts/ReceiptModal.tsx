import { Form, Input, InputNumber } from "antd";
import { useTranslation } from "react-i18next";
import { showSuccess } from "../../app/feedback";
import { FormModal } from "../../ui/patterns";
import { type ReceiptInput, useReceive } from "./api";
import { PartAndSiteFields } from "./PartAndSiteFields";

// Goods in: which part, where, how many. Waiting reservations are filled by the server.
export function ReceiptModal({ onClose, partNo }: { onClose: () => void; partNo?: string }) {
  const { t } = useTranslation();
  const receive = useReceive();
  return (
    <FormModal<ReceiptInput>
      title={t("parts.receipt.title")}
      initialValues={{ partNo, qty: 1 }}
      onClose={onClose}
      onSubmit={async (v) => {
        const r = await receive.mutateAsync({ ...v, note: v.note?.trim() || undefined });
        showSuccess(
          [
            t("parts.receipt.done", { qty: v.qty, partNo: v.partNo }),
            r.filled.length ? t("parts.receipt.filled", { count: r.filled.length }) : "",
          ]
            .filter(Boolean)
            .join(" · "),
        );
      }}
    >
      {() => (
        <>
          <PartAndSiteFields partTestId="receipt-part" siteTestId="receipt-site" />
          <Form.Item
            name="qty"
            label={t("parts.receipt.qty")}
            rules={[{ required: true, message: t("parts.required") }]}
          >
            <InputNumber min={1} max={1_000_000} precision={0} style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item name="note" label={t("parts.receipt.note")}>
            <Input maxLength={500} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
