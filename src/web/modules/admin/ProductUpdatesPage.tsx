import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Card, DatePicker, Form, Input, Radio, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { NewProductUpdateBody, ProductUpdate } from "../../../shared/api/products";
import { api } from "../../app/api";
import { showSuccess } from "../../app/feedback";
import { useFormat } from "../../app/format";
import { useDebounced } from "../../app/useDebounced";
import { useTitle } from "../../app/useTitle";
import { FormModal, PageHeader, ResourceTable } from "../../ui/patterns";
import { useProductName } from "../../ui/useProductName";
import { useProductSearch } from "../catalog/api";

type Values = {
  target: "model" | "line";
  productSku?: string;
  productLine?: string;
  version: string;
  title: string;
  titleEn?: string;
  releasedOn: Dayjs;
};

function useCreateProductUpdate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: NewProductUpdateBody) => api.post<ProductUpdate>("/product-updates", body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["product-updates"] }),
  });
}

function ProductUpdateModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const productName = useProductName();
  const create = useCreateProductUpdate();
  const [pq, setPq] = useState("");
  const products = useProductSearch(useDebounced(pq));
  const required = { required: true, whitespace: true, message: t("validation.required") };
  return (
    <FormModal<Values>
      title={t("productUpdates.create")}
      initialValues={{ target: "model", releasedOn: dayjs() }}
      onClose={onClose}
      onSubmit={async (v) => {
        await create.mutateAsync({
          ...(v.target === "model" ? { productSku: v.productSku } : { productLine: v.productLine?.trim() }),
          version: v.version.trim(),
          title: v.title.trim(),
          titleEn: v.titleEn?.trim() || undefined,
          releasedOn: v.releasedOn.format("YYYY-MM-DD"),
        });
        showSuccess(t("common.saved"));
      }}
    >
      {() => (
        <>
          <Form.Item name="target" label={t("productUpdates.target")}>
            <Radio.Group
              options={[
                { value: "model", label: t("productUpdates.model") },
                { value: "line", label: t("productUpdates.line") },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle dependencies={["target"]}>
            {({ getFieldValue }) =>
              getFieldValue("target") === "line" ? (
                <Form.Item name="productLine" label={t("productUpdates.productLine")} rules={[required]}>
                  <Input maxLength={100} />
                </Form.Item>
              ) : (
                <Form.Item name="productSku" label={t("productUpdates.product")} rules={[required]}>
                  <Select<string>
                    showSearch={{ filterOption: false, onSearch: setPq }}
                    placeholder={t("productUpdates.productPlaceholder")}
                    loading={products.isFetching}
                    options={(products.data?.items ?? []).map((p) => ({
                      value: p.sku,
                      label: `${productName(p.name, p.nameEn)} (${p.sku})`,
                    }))}
                    data-testid="product-update-model"
                  />
                </Form.Item>
              )
            }
          </Form.Item>
          <Form.Item name="version" label={t("productUpdates.version")} rules={[required]}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="title" label={t("productUpdates.titleZh")} rules={[required]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="titleEn" label={t("productUpdates.titleEn")}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="releasedOn"
            label={t("productUpdates.releasedOn")}
            rules={[{ required: true, message: t("validation.required") }]}
          >
            <DatePicker style={{ width: "100%" }} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}

// Admins record product updates (a model's or a product line's new firmware or revision); a survey
// with the "after a product update" trigger then asks the owners of those units.
export default function ProductUpdatesPage() {
  const { t, i18n } = useTranslation();
  useTitle(t("productUpdates.title"));
  const fmt = useFormat();
  const productName = useProductName();
  const [creating, setCreating] = useState(false);
  const english = i18n.language === "en";
  return (
    <Card style={{ maxWidth: 1400 }} data-testid="admin-product-updates">
      <PageHeader title={t("productUpdates.title")} description={t("productUpdates.describe")} />
      <ResourceTable<ProductUpdate>
        id="product-updates"
        resource="product-updates"
        path="/product-updates"
        unpaged
        rowKey={(u) => u.id}
        emptyText={t("productUpdates.empty")}
        createLabel={t("productUpdates.create")}
        onCreate={() => setCreating(true)}
        columns={[
          {
            key: "releasedOn",
            title: t("productUpdates.releasedOn"),
            width: 140,
            render: (_v, u) => fmt.date(u.releasedOn),
            csv: (u) => u.releasedOn,
            localSort: (a, b) => a.releasedOn.localeCompare(b.releasedOn),
          },
          {
            key: "target",
            title: t("productUpdates.target"),
            fixedVisible: true,
            render: (_v, u) =>
              u.productSku
                ? `${productName(u.productName ?? u.productSku, u.productNameEn)} (${u.productSku})`
                : `${t("productUpdates.line")}: ${u.productLine ?? ""}`,
            csv: (u) => u.productSku ?? u.productLine ?? "",
          },
          {
            key: "version",
            title: t("productUpdates.version"),
            dataIndex: "version",
            width: 120,
            csv: (u) => u.version,
          },
          {
            key: "title",
            title: t("productUpdates.what"),
            render: (_v, u) => (english && u.titleEn) || u.title,
            csv: (u) => u.title,
          },
        ]}
      />
      {creating ? <ProductUpdateModal onClose={() => setCreating(false)} /> : null}
    </Card>
  );
}
