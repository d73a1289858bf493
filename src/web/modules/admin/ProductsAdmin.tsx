import { Form, Input, InputNumber } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { showSuccess } from "../../app/feedback";
import type { Product } from "../../app/types";
import { ImportDialog } from "../../ui/ImportDialog";
import { actionsColumn, FormModal, PageHeader, ResourceTable } from "../../ui/patterns";
import { PRODUCT_EXPORT } from "../../ui/patterns/export-codes";
import { type ProductInput, useSaveProduct } from "../catalog/api";
import { SkillSelect, SkillTags } from "../skills/SkillSelect";

type Editing = { mode: "create" } | { mode: "edit"; product: Product };

function ProductModal({ editing, onClose }: { editing: Editing; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveProduct();
  const p = editing.mode === "edit" ? editing.product : null;
  const required = { required: true, whitespace: true, message: t("validation.required") };
  return (
    <FormModal<ProductInput>
      title={p ? t("admin.editProduct") : t("admin.newProduct")}
      initialValues={
        p
          ? { ...p, category: p.category ?? undefined, nameEn: p.nameEn ?? undefined }
          : { warrantyMonths: 12, skills: [] }
      }
      onClose={onClose}
      onSubmit={async (v) => {
        const input: Partial<ProductInput> = {
          ...v,
          category: v.category?.trim() || undefined,
          nameEn: v.nameEn?.trim() || null,
        };
        if (p) delete input.sku;
        await save.mutateAsync({ id: p?.id, input });
        showSuccess(t("common.saved"));
      }}
    >
      {() => (
        <>
          <Form.Item name="sku" label={t("admin.sku")} rules={[required]}>
            <Input disabled={p !== null} />
          </Form.Item>
          <Form.Item name="name" label={t("admin.name")} rules={[required]}>
            <Input />
          </Form.Item>
          <Form.Item name="nameEn" label={t("admin.nameEn")} extra={t("admin.nameEnHint")}>
            <Input />
          </Form.Item>
          <Form.Item name="category" label={t("admin.category")}>
            <Input />
          </Form.Item>
          <Form.Item
            name="warrantyMonths"
            label={t("admin.warrantyMonths")}
            rules={[
              { required: true, type: "number", min: 0, message: t("validation.positive", { min: 0 }) },
            ]}
          >
            <InputNumber min={0} max={240} style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item name="skills" label={t("admin.skills")}>
            <SkillSelect testId="product-skills" />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}

export function ProductsAdmin() {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing | null>(null);
  return (
    <>
      <PageHeader title={t("admin.products")} description={t("settings.describe.products")} />
      <ResourceTable<Product>
        id="products"
        resource="products"
        path="/products"
        unpaged
        rowKey={(p) => p.id}
        searchPlaceholder={t("admin.searchProducts")}
        emptyText={t("admin.emptyProducts")}
        createLabel={t("admin.newProduct")}
        onCreate={() => setEditing({ mode: "create" })}
        toolbarExtra={<ImportDialog entity="products" invalidate={["products"]} />}
        columns={[
          {
            key: "sku",
            title: t("admin.sku"),
            dataIndex: "sku",
            width: 160,
            ...PRODUCT_EXPORT.sku,
            localSort: (a, b) => a.sku.localeCompare(b.sku),
          },
          {
            key: "name",
            title: t("admin.name"),
            dataIndex: "name",
            fixedVisible: true,
            ...PRODUCT_EXPORT.name,
            localSort: (a, b) => a.name.localeCompare(b.name, "zh-CN"),
          },
          {
            key: "nameEn",
            title: t("admin.nameEn"),
            render: (_v, p) => p.nameEn ?? t("common.dash"),
            ...PRODUCT_EXPORT.nameEn,
            responsive: ["lg"],
          },
          {
            key: "category",
            title: t("admin.category"),
            render: (_v, p) => p.category ?? t("common.dash"),
            ...PRODUCT_EXPORT.category,
            responsive: ["md"],
          },
          {
            key: "warranty",
            title: t("admin.warrantyMonths"),
            dataIndex: "warrantyMonths",
            width: 140,
            ...PRODUCT_EXPORT.warranty,
            localSort: (a, b) => a.warrantyMonths - b.warrantyMonths,
          },
          {
            key: "skills",
            title: t("admin.skills"),
            render: (_v, p) => <SkillTags codes={p.skills ?? []} />,
            ...PRODUCT_EXPORT.skills,
            responsive: ["md"],
          },
          actionsColumn<Product>(t, (p) => setEditing({ mode: "edit", product: p })),
        ]}
      />
      {editing ? <ProductModal editing={editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
