import { Button, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useUser } from "../../app/auth";
import { useTitle } from "../../app/useTitle";
import { ImportDialog } from "../../ui/ImportDialog";
import { PageHeader, ResourceTable } from "../../ui/patterns";
import { type StockLine, useSites } from "./api";
import { partColumn } from "./part-column";
import { ReceiptModal } from "./ReceiptModal";

const RECEIVERS = ["admin", "supervisor", "agent", "technician"];
// Who keeps the parts catalogue (the import route's access).
const CATALOGUE_KEEPERS = ["admin", "supervisor"];

// Every stock line (a part at a site), filtered by site and low stock, searched by part.
export default function StockPage() {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const sites = useSites();
  const [receiving, setReceiving] = useState(false);
  useTitle(t("parts.stock.title"));
  return (
    <>
      <PageHeader title={t("parts.stock.title")} />
      <ResourceTable<StockLine>
        id="parts-stock"
        resource="stock"
        path="/stock"
        rowKey={(l) => `${l.partNo}@${l.site}`}
        searchPlaceholder={t("parts.stock.search")}
        emptyText={t("parts.stock.empty")}
        exportName="stock"
        scrollX={360}
        filters={[
          {
            key: "site",
            label: t("parts.stock.site"),
            options: (sites.data?.items ?? []).map((s) => ({ value: s.code, label: s.name })),
          },
          {
            key: "low",
            label: t("parts.stock.lowOnly"),
            options: [{ value: "true", label: t("parts.stock.low") }],
          },
        ]}
        toolbarExtra={
          <>
            {CATALOGUE_KEEPERS.includes(user.role) ? (
              <ImportDialog entity="parts" invalidate={["stock", "parts"]} />
            ) : null}
            {RECEIVERS.includes(user.role) ? (
              <Button type="primary" onClick={() => setReceiving(true)} data-testid="receive-parts">
                {t("parts.stock.receive")}
              </Button>
            ) : null}
          </>
        }
        columns={[
          partColumn<StockLine>(t, i18n.language, (l) =>
            l.low ? <Tag color="orange">{t("parts.stock.low")}</Tag> : null,
          ),
          {
            key: "site",
            title: t("parts.col.site"),
            csv: (l) => l.siteName,
            render: (_v, l) => l.siteName,
            responsive: ["sm"],
          },
          {
            key: "onHand",
            title: t("parts.col.onHand"),
            align: "right",
            width: 90,
            csv: (l) => l.onHand,
            render: (_v, l) => l.onHand,
            responsive: ["md"],
          },
          {
            key: "reserved",
            title: t("parts.col.reserved"),
            align: "right",
            width: 90,
            csv: (l) => l.reserved,
            render: (_v, l) => l.reserved,
            responsive: ["md"],
          },
          {
            key: "available",
            title: t("parts.col.available"),
            align: "right",
            width: 90,
            fixedVisible: true,
            csv: (l) => l.available,
            render: (_v, l) => <strong>{l.available}</strong>,
          },
          {
            key: "reorderPoint",
            title: t("parts.col.reorderPoint"),
            align: "right",
            width: 110,
            csv: (l) => l.reorderPoint,
            render: (_v, l) => l.reorderPoint ?? t("common.dash"),
            responsive: ["lg"],
          },
        ]}
      />
      {receiving ? <ReceiptModal onClose={() => setReceiving(false)} /> : null}
    </>
  );
}
