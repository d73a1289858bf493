import { DatePicker, Form, Input, Select, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { showSuccess } from "../../app/feedback";
import { useFormat } from "../../app/format";
import type { Unit } from "../../app/types";
import { useDebounced } from "../../app/useDebounced";
import { ImportDialog } from "../../ui/ImportDialog";
import { FormModal, PageHeader, ResourceTable } from "../../ui/patterns";
import { UNIT_EXPORT } from "../../ui/patterns/export-codes";
import { useProductName } from "../../ui/useProductName";
import { WarrantyBadge } from "../../ui/WarrantyBadge";
import { SERIAL, useCreateUnit, useProductSearch } from "../catalog/api";
import { useCustomerSearch } from "../customers/api";
import { TransferButton } from "../registrations/TransferButton";

type Values = { serial: string; productSku: string; customerId: string; purchasedAt: Dayjs };

function UnitModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const productName = useProductName();
  const create = useCreateUnit();
  const [pq, setPq] = useState("");
  const [cq, setCq] = useState("");
  const products = useProductSearch(useDebounced(pq));
  const customers = useCustomerSearch(useDebounced(cq));
  const required = { required: true, message: t("validation.required") };
  return (
    <FormModal<Values>
      title={t("admin.newUnit")}
      onClose={onClose}
      onSubmit={async (v) => {
        await create.mutateAsync({
          serial: v.serial.trim(),
          productSku: v.productSku,
          customerId: v.customerId,
          purchasedAt: v.purchasedAt.format("YYYY-MM-DD"),
        });
        showSuccess(t("common.saved"));
      }}
    >
      {() => (
        <>
          <Form.Item
            name="serial"
            label={t("register.serial")}
            rules={[
              { ...required, whitespace: true },
              { pattern: SERIAL, message: t("validation.serial") },
            ]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="productSku" label={t("register.product")} rules={[required]}>
            <Select<string>
              showSearch={{ filterOption: false, onSearch: setPq }}
              placeholder={t("register.productPlaceholder")}
              loading={products.isFetching}
              options={(products.data?.items ?? []).map((p) => ({
                value: p.sku,
                label: `${productName(p.name, p.nameEn)} (${p.sku})`,
              }))}
            />
          </Form.Item>
          <Form.Item name="customerId" label={t("newTicket.customer")} rules={[required]}>
            <Select<string>
              showSearch={{ filterOption: false, onSearch: setCq }}
              placeholder={t("newTicket.customerPlaceholder")}
              loading={customers.isFetching}
              options={(customers.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
            />
          </Form.Item>
          <Form.Item name="purchasedAt" label={t("register.purchasedAt")} rules={[required]}>
            <DatePicker style={{ width: "100%" }} disabledDate={(d) => d.isAfter(dayjs(), "day")} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}

export function UnitsAdmin() {
  const { t } = useTranslation();
  const productName = useProductName();
  const fmt = useFormat();
  const [creating, setCreating] = useState(false);
  // The unit list names each owner (customerName), whichever page of customers they are on.
  const owner = (u: Unit) => u.customerName ?? u.customerId;
  return (
    <>
      <PageHeader title={t("admin.units")} description={t("settings.describe.units")} />
      <ResourceTable<Unit>
        id="units"
        resource="units"
        path="/units"
        rowKey={(u) => u.id}
        searchPlaceholder={t("admin.searchUnits")}
        emptyText={t("admin.emptyUnits")}
        createLabel={t("admin.newUnit")}
        onCreate={() => setCreating(true)}
        toolbarExtra={<ImportDialog entity="units" invalidate={["units"]} />}
        scrollX={900}
        columns={[
          {
            key: "serial",
            title: t("register.serial"),
            fixedVisible: true,
            render: (_v, u) => <Typography.Text code>{u.serial}</Typography.Text>,
            ...UNIT_EXPORT.serial,
            localSort: (a, b) => a.serial.localeCompare(b.serial),
          },
          {
            key: "product",
            title: t("register.product"),
            render: (_v, u) => `${productName(u.productName, u.productNameEn)} (${u.productSku})`,
            ...UNIT_EXPORT.product,
          },
          {
            key: "customer",
            title: t("newTicket.customer"),
            render: (_v, u) => owner(u),
            csv: (u) => owner(u),
          },
          {
            key: "purchased",
            title: t("register.purchasedAt"),
            render: (_v, u) => fmt.date(u.purchasedAt),
            width: 150,
            ...UNIT_EXPORT.purchased,
            localSort: (a, b) => a.purchasedAt.localeCompare(b.purchasedAt),
            responsive: ["md"],
          },
          {
            key: "warranty",
            title: t("admin.warrantyEndsAt"),
            render: (_v, u) => (
              <WarrantyBadge status={u.warranty?.status} endsAt={u.warranty?.endsAt ?? u.warrantyEndsAt} />
            ),
            csv: (u) => fmt.date(u.warranty?.endsAt ?? u.warrantyEndsAt),
          },
          {
            // Staff move a unit to its rightful owner (a proven conflicting claim), with a reason.
            key: "actions",
            title: "",
            fixedVisible: true,
            width: 120,
            render: (_v, u) => <TransferButton serial={u.serial} staff />,
          },
        ]}
      />
      {creating ? <UnitModal onClose={() => setCreating(false)} /> : null}
    </>
  );
}
