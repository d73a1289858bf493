import { Form, Select } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useDebounced } from "../../app/useDebounced";
import { partName, usePartSearch, useSites } from "./api";

// The part (searched as the user types) and the stock site of a receipt or a reservation.
export function PartAndSiteFields({
  partTestId,
  siteTestId,
  siteLabel,
}: {
  partTestId: string;
  siteTestId: string;
  siteLabel?: string;
}) {
  const { t, i18n } = useTranslation();
  const [q, setQ] = useState("");
  const parts = usePartSearch(useDebounced(q, 250));
  const sites = useSites();
  return (
    <>
      <Form.Item
        name="partNo"
        label={t("parts.receipt.part")}
        rules={[{ required: true, message: t("parts.required") }]}
      >
        <Select
          showSearch={{ filterOption: false, onSearch: setQ }}
          data-testid={partTestId}
          loading={parts.isLoading}
          options={(parts.data?.items ?? []).map((p) => ({
            value: p.partNo,
            label: `${p.partNo} · ${partName(p, i18n.language)}`,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="site"
        label={siteLabel ?? t("parts.receipt.site")}
        rules={[{ required: true, message: t("parts.required") }]}
      >
        <Select
          data-testid={siteTestId}
          options={(sites.data?.items ?? []).map((s) => ({
            value: s.code,
            label: `${s.name} (${t(`parts.siteKind.${s.kind}`)})`,
          }))}
        />
      </Form.Item>
    </>
  );
}
