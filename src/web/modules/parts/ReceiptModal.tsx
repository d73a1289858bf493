import { Form, Input, InputNumber, Select } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { showSuccess } from "../../app/feedback";
import { useDebounced } from "../../app/useDebounced";
import { FormModal } from "../../ui/patterns";
import { partName, type ReceiptInput, usePartSearch, useReceive, useSites } from "./api";

// Goods in: which part, where, how many. Waiting reservations are filled by the server.
export function ReceiptModal({ onClose, partNo }: { onClose: () => void; partNo?: string }) {
  const { t, i18n } = useTranslation();
  const [q, setQ] = useState("");
  const parts = usePartSearch(useDebounced(q, 250));
  const sites = useSites();
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
          <Form.Item
            name="partNo"
            label={t("parts.receipt.part")}
            rules={[{ required: true, message: t("parts.required") }]}
          >
            <Select
              showSearch={{ filterOption: false, onSearch: setQ }}
              data-testid="receipt-part"
              loading={parts.isLoading}
              options={(parts.data?.items ?? []).map((p) => ({
                value: p.partNo,
                label: `${p.partNo} · ${partName(p, i18n.language)}`,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="site"
            label={t("parts.receipt.site")}
            rules={[{ required: true, message: t("parts.required") }]}
          >
            <Select
              data-testid="receipt-site"
              options={(sites.data?.items ?? []).map((s) => ({
                value: s.code,
                label: `${s.name} (${t(`parts.siteKind.${s.kind}`)})`,
              }))}
            />
          </Form.Item>
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
