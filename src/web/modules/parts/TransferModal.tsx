import { Form, InputNumber, Select } from "antd";
import { useTranslation } from "react-i18next";
import { showSuccess } from "../../app/feedback";
import { FormModal } from "../../ui/patterns";
import { type TransferInput, useSendTransfer, useSites } from "./api";
import { PartAndSiteFields } from "./PartAndSiteFields";

// Carriers the server offers (parts/carriers.ts); only the company's own runs so far.
const CARRIERS = ["local"] as const;

// A transfer between two sites: the units leave the source at once and travel with a carrier.
export function TransferModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const send = useSendTransfer();
  const sites = useSites();
  return (
    <FormModal<TransferInput & { site: string }>
      title={t("parts.transfers.new")}
      initialValues={{ qty: 1, carrier: "local" }}
      onClose={onClose}
      onSubmit={async ({ site, ...v }) => {
        const r = await send.mutateAsync({ ...v, from: site });
        showSuccess(t("parts.transfers.sent", { trackingNo: r.shipment.trackingNo }));
      }}
    >
      {() => (
        <>
          <PartAndSiteFields
            partTestId="transfer-part"
            siteTestId="transfer-from"
            siteLabel={t("parts.transfers.from")}
          />
          <Form.Item
            name="to"
            label={t("parts.transfers.to")}
            dependencies={["site"]}
            rules={[
              { required: true, message: t("parts.required") },
              ({ getFieldValue }) => ({
                validator: (_r, value) =>
                  value && value === getFieldValue("site")
                    ? Promise.reject(new Error(t("parts.transfers.sameSite")))
                    : Promise.resolve(),
              }),
            ]}
          >
            <Select
              data-testid="transfer-to"
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
          <Form.Item name="carrier" label={t("parts.transfers.carrier")}>
            <Select
              options={CARRIERS.map((c) => ({ value: c, label: t(`parts.transfers.carrierName.${c}`) }))}
            />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
