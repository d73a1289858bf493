import { Button, Card, Form, Input, InputNumber, Select, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { WarrantyPlan } from "../../../shared/warranty-plans";
import { showSuccess } from "../../app/feedback";
import { currentLocale } from "../../i18n";
import { BilingualNameFields, FormModal } from "../../ui/patterns";
import { useSavePlan, useWarrantyPlans } from "./api";

type Values = {
  nameZh: string;
  nameEn: string;
  months: number;
  price: string;
  terms: string;
  categories: string[];
  active: boolean;
};

// Admin: the paid extended-warranty plans (延保) staff may sell for a unit, with their terms and
// the 三包 categories each covers.
export function WarrantyPlansCard({ categories }: { categories: { code: string; label: string }[] }) {
  const { t } = useTranslation();
  const q = useWarrantyPlans();
  const save = useSavePlan();
  const [editing, setEditing] = useState<WarrantyPlan | "new" | null>(null);
  const zh = currentLocale() === "zh-CN";
  const label = (code: string) => categories.find((c) => c.code === code)?.label ?? code;
  const submit = async (v: Values) => {
    await save.mutateAsync({
      ...(editing && editing !== "new" ? { id: editing.id } : {}),
      name: { zh: v.nameZh, en: v.nameEn },
      months: v.months,
      price: v.price,
      terms: v.terms,
      categories: v.categories,
      active: v.active,
    });
    showSuccess(t("sanbao.plans.saved"));
  };
  return (
    <Card
      size="small"
      title={t("sanbao.plans.title")}
      data-testid="plans-card"
      extra={
        <Button type="primary" onClick={() => setEditing("new")} data-testid="plan-add">
          {t("sanbao.plans.add")}
        </Button>
      }
    >
      <Table<WarrantyPlan>
        rowKey="id"
        size="small"
        loading={q.isPending}
        dataSource={q.data?.items ?? []}
        pagination={false}
        scroll={{ x: 800 }}
        locale={{ emptyText: t("sanbao.plans.empty") }}
        columns={[
          {
            title: t("sanbao.plans.name"),
            render: (_, p) => (
              <span>
                {zh ? p.name.zh : p.name.en} {p.active ? null : <Tag>{t("sanbao.plans.inactive")}</Tag>}
                <Typography.Paragraph
                  type="secondary"
                  ellipsis={{ rows: 2 }}
                  style={{ margin: 0, fontSize: 12 }}
                >
                  {p.terms}
                </Typography.Paragraph>
              </span>
            ),
          },
          { title: t("sanbao.plans.months"), dataIndex: "months" },
          { title: t("sanbao.plans.price"), dataIndex: "price" },
          {
            title: t("sanbao.plans.categories"),
            render: (_, p) => p.categories.map((c) => <Tag key={c}>{label(c)}</Tag>),
          },
          {
            title: t("common.actions"),
            render: (_, p) => (
              <Button size="small" onClick={() => setEditing(p)}>
                {t("common.edit")}
              </Button>
            ),
          },
        ]}
      />
      {editing ? (
        <FormModal<Values>
          title={editing === "new" ? t("sanbao.plans.add") : t("sanbao.plans.edit")}
          initialValues={
            editing === "new"
              ? { months: 12, active: true, categories: [] }
              : {
                  nameZh: editing.name.zh,
                  nameEn: editing.name.en,
                  months: editing.months,
                  price: editing.price,
                  terms: editing.terms,
                  categories: editing.categories,
                  active: editing.active,
                }
          }
          onSubmit={submit}
          onClose={() => setEditing(null)}
        >
          {() => (
            <>
              <BilingualNameFields />
              <Form.Item name="months" label={t("sanbao.plans.months")} rules={[{ required: true }]}>
                <InputNumber min={1} max={120} style={{ width: "100%" }} />
              </Form.Item>
              <Form.Item
                name="price"
                label={t("sanbao.plans.price")}
                rules={[
                  {
                    required: true,
                    pattern: /^\d{1,10}(\.\d{1,2})?$/,
                    message: t("sanbao.plans.priceFormat"),
                  },
                ]}
              >
                <Input inputMode="decimal" maxLength={13} />
              </Form.Item>
              <Form.Item
                name="terms"
                label={t("sanbao.plans.terms")}
                rules={[{ required: true, whitespace: true }]}
              >
                <Input.TextArea rows={4} maxLength={5000} />
              </Form.Item>
              <Form.Item name="categories" label={t("sanbao.plans.categories")} rules={[{ required: true }]}>
                <Select
                  mode="multiple"
                  options={categories.map((c) => ({ value: c.code, label: c.label }))}
                />
              </Form.Item>
              <Form.Item name="active" label={t("sanbao.plans.status")}>
                <Select
                  options={[
                    { value: true, label: t("sanbao.plans.activeOn") },
                    { value: false, label: t("sanbao.plans.inactive") },
                  ]}
                />
              </Form.Item>
            </>
          )}
        </FormModal>
      ) : null}
    </Card>
  );
}
