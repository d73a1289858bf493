import { Form, Input, InputNumber, Select, Table, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { showSuccess } from "../../app/feedback";
import type { Product } from "../../app/types";
import { ListState, LoadMore } from "../../ui/ListState";
import { type ProductInput, useProductList, useSaveProduct } from "../catalog/api";
import { editColumn } from "./editColumn";
import { FormModal } from "./FormModal";
import { Toolbar } from "./Toolbar";

type Editing = { mode: "create" } | { mode: "edit"; product: Product };

function ProductModal({ editing, onClose }: { editing: Editing; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveProduct();
  const p = editing.mode === "edit" ? editing.product : null;
  const required = { required: true, whitespace: true, message: t("validation.required") };
  return (
    <FormModal<ProductInput>
      title={p ? t("admin.editProduct") : t("admin.newProduct")}
      initialValues={p ? { ...p, category: p.category ?? undefined } : { warrantyMonths: 12, skills: [] }}
      onClose={onClose}
      onSubmit={async (v) => {
        const input: Partial<ProductInput> = { ...v, category: v.category?.trim() || undefined };
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
          <Form.Item name="skills" label={t("admin.skills")} extra={t("admin.skillsHint")}>
            <Select<string[]> mode="tags" tokenSeparators={[",", "，", " "]} open={false} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}

export function ProductsAdmin() {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const [editing, setEditing] = useState<Editing | null>(null);
  const list = useProductList(q);
  return (
    <>
      <Toolbar
        placeholder={t("admin.searchProducts")}
        onSearch={setQ}
        createLabel={t("admin.newProduct")}
        onCreate={() => setEditing({ mode: "create" })}
      />
      <ListState query={list} empty={list.items.length === 0} emptyText={t("admin.emptyProducts")}>
        <Table<Product>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={list.items}
          scroll={{ x: 800 }}
          columns={[
            { key: "sku", title: t("admin.sku"), dataIndex: "sku", width: 160 },
            { key: "name", title: t("admin.name"), dataIndex: "name" },
            {
              key: "category",
              title: t("admin.category"),
              render: (_v, p) => p.category ?? t("common.dash"),
            },
            { key: "warranty", title: t("admin.warrantyMonths"), dataIndex: "warrantyMonths", width: 140 },
            {
              key: "skills",
              title: t("admin.skills"),
              render: (_v, p) => (p.skills ?? []).map((s) => <Tag key={s}>{s}</Tag>),
            },
            editColumn(t, (p) => setEditing({ mode: "edit", product: p })),
          ]}
        />
        <LoadMore
          hasMore={list.hasNextPage}
          loading={list.isFetchingNextPage}
          onMore={list.loadMore}
          count={list.items.length}
        />
      </ListState>
      {editing ? <ProductModal editing={editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
