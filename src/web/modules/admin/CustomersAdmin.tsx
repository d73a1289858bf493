import { Button, Dropdown } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { showError, showSuccess } from "../../app/feedback";
import { useFormat } from "../../app/format";
import { type Customer, TIERS, type Tier } from "../../app/types";
import { ImportDialog } from "../../ui/ImportDialog";
import { actionsColumn, PageHeader, ResourceTable } from "../../ui/patterns";
import { CUSTOMER_EXPORT } from "../../ui/patterns/export-codes";
import { TierBadge } from "../../ui/TierBadge";
import { useSaveCustomer } from "../customers/api";
import { CustomerModal, type Editing } from "../customers/CustomerModal";

export function CustomersAdmin() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [editing, setEditing] = useState<Editing | null>(null);
  const save = useSaveCustomer();
  const setTier = async (rows: Customer[], tier: Tier, clear: () => void) => {
    try {
      for (const c of rows) await save.mutateAsync({ id: c.id, input: { tier } });
      showSuccess(t("settings.bulk.done", { count: rows.length }));
      clear();
    } catch (err) {
      showError(err);
    }
  };
  return (
    <>
      <PageHeader title={t("admin.customers")} description={t("settings.describe.customers")} />
      <ResourceTable<Customer>
        id="customers"
        resource="customers"
        path="/customers"
        rowKey={(c) => c.id}
        searchPlaceholder={t("admin.searchCustomers")}
        filters={[
          {
            key: "tier",
            label: t("admin.tier"),
            options: TIERS.map((x) => ({ value: x, label: t(`tier.${x}`) })),
          },
        ]}
        emptyText={t("admin.emptyCustomers")}
        createLabel={t("admin.newCustomer")}
        toolbarExtra={<ImportDialog entity="customers" invalidate={["customers"]} />}
        onCreate={() => setEditing({ mode: "create" })}
        bulkActions={(rows, clear) => (
          <Dropdown
            trigger={["click"]}
            menu={{
              items: TIERS.map((x) => ({ key: x, label: <TierBadge tier={x} /> })),
              onClick: ({ key }) => {
                const tier = TIERS.find((x) => x === key);
                if (tier) void setTier(rows, tier, clear);
              },
            }}
          >
            <Button size="small" loading={save.isPending} data-testid="bulk-set-tier">
              {t("settings.bulk.setTier")}
            </Button>
          </Dropdown>
        )}
        columns={[
          {
            key: "name",
            title: t("admin.name"),
            dataIndex: "name",
            fixedVisible: true,
            ...CUSTOMER_EXPORT.name,
            localSort: (a, b) => a.name.localeCompare(b.name, "zh-CN"),
          },
          {
            key: "kind",
            title: t("admin.kind"),
            render: (_v, c) => t(`kind.${c.kind}`),
            width: 90,
            ...CUSTOMER_EXPORT.kind,
          },
          {
            key: "tier",
            title: t("admin.tier"),
            render: (_v, c) => <TierBadge tier={c.tier} />,
            width: 110,
            ...CUSTOMER_EXPORT.tier,
          },
          {
            key: "email",
            title: t("admin.email"),
            render: (_v, c) => c.email ?? t("common.dash"),
            ...CUSTOMER_EXPORT.email,
          },
          {
            key: "phone",
            title: t("admin.phone"),
            render: (_v, c) => c.phone ?? t("common.dash"),
            ...CUSTOMER_EXPORT.phone,
            responsive: ["sm"],
          },
          {
            key: "created",
            title: t("admin.created"),
            render: (_v, c) => fmt.date(c.createdAt),
            width: 150,
            csv: (c) => fmt.date(c.createdAt),
            localSort: (a, b) => a.createdAt.localeCompare(b.createdAt),
            responsive: ["md"],
          },
          actionsColumn<Customer>(t, (c) => setEditing({ mode: "edit", customer: c })),
        ]}
      />
      {editing ? <CustomerModal editing={editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
