import { Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useTitle } from "../../app/useTitle";
import { PageHeader, ResourceTable } from "../../ui/patterns";
import { type PurchaseLine, useSites } from "./api";
import { partColumn } from "./part-column";

// What to buy, per site and part; exported to CSV or Excel with the table's own export.
export default function PurchasePage() {
  const { t, i18n } = useTranslation();
  const sites = useSites();
  useTitle(t("parts.purchase.title"));
  const num = (key: keyof PurchaseLine, title: string, responsive?: ("sm" | "md" | "lg")[]) => ({
    key,
    title,
    align: "right" as const,
    width: 100,
    csv: (l: PurchaseLine) => l[key] as number | null,
    render: (_v: unknown, l: PurchaseLine) => l[key] ?? t("common.dash"),
    responsive,
  });
  return (
    <>
      <PageHeader title={t("parts.purchase.title")} />
      <Typography.Paragraph type="secondary">{t("parts.purchase.hint")}</Typography.Paragraph>
      <ResourceTable<PurchaseLine>
        id="parts-purchase"
        resource="stock"
        path="/stock/purchase-suggestions"
        unpaged
        rowKey={(l) => `${l.partNo}@${l.site}`}
        emptyText={t("parts.purchase.empty")}
        exportName="purchase-list"
        scrollX={360}
        filters={[
          {
            key: "site",
            label: t("parts.stock.site"),
            options: (sites.data?.items ?? []).map((s) => ({ value: s.code, label: s.name })),
          },
        ]}
        columns={[
          partColumn<PurchaseLine>(t, i18n.language),
          {
            key: "site",
            title: t("parts.col.site"),
            csv: (l) => l.siteName,
            render: (_v, l) => l.siteName,
            responsive: ["sm"],
          },
          num("available", t("parts.col.available"), ["md"]),
          num("reorderPoint", t("parts.col.reorderPoint"), ["lg"]),
          num("backordered", t("parts.purchase.backordered"), ["lg"]),
          num("inbound", t("parts.purchase.inbound"), ["lg"]),
          {
            ...num("suggested", t("parts.purchase.suggested")),
            fixedVisible: true,
            render: (_v: unknown, l: PurchaseLine) => (
              <strong data-testid="purchase-suggested">
                {l.suggested} {l.unit}
              </strong>
            ),
          },
        ]}
      />
    </>
  );
}
