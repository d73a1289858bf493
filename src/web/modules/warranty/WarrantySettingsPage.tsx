import {
  Alert,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Skeleton,
  Table,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { WARRANTY_RULES } from "../../../shared/warranty";
import type { CategoryEntry } from "../../../shared/warranty-settings";
import { showSuccess } from "../../app/feedback";
import { useTitle } from "../../app/useTitle";
import { currentLocale } from "../../i18n";
import { ErrorState } from "../../ui/ListState";
import { BilingualNameFields, FormModal } from "../../ui/patterns";
import { useSaveWarrantySettings, useWarrantySettings } from "./api";
import { WarrantyPlansCard } from "./WarrantyPlansCard";

type Row = CategoryEntry & { code: string };
type Values = {
  code: string;
  family: CategoryEntry["family"];
  nameZh: string;
  nameEn: string;
  wholeUnitMonths: number;
  majorPartsMonths?: number;
  startAt: CategoryEntry["startAt"];
};

// Admin: the 三包 categories of the rule book (legal defaults with their sources, plus the tenant's
// own), where a category can be added or its periods lengthened. The server refuses anything
// shorter than the law, field by field.
export default function WarrantySettingsPage() {
  const { t } = useTranslation();
  useTitle(t("sanbao.settings.title"));
  const q = useWarrantySettings();
  const save = useSaveWarrantySettings();
  const [editing, setEditing] = useState<Row | "new" | null>(null);
  if (q.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const zh = currentLocale() === "zh-CN";
  const rows: Row[] = Object.entries(q.data.ruleBook.categories).map(([code, c]) => ({ code, ...c }));
  const submit = async (v: Values) => {
    const current = q.data.settings;
    const patch: Partial<CategoryEntry> = {
      wholeUnitMonths: v.wholeUnitMonths,
      ...(v.majorPartsMonths !== undefined && v.majorPartsMonths !== null
        ? { majorPartsMonths: v.majorPartsMonths }
        : {}),
      ...(editing === "new"
        ? { family: v.family, name: { zh: v.nameZh, en: v.nameEn }, startAt: v.startAt }
        : {}),
    };
    await save.mutateAsync({
      ...current,
      categories: {
        ...(current.categories ?? {}),
        [v.code]: { ...(current.categories?.[v.code] ?? {}), ...patch },
      },
    });
    showSuccess(t("sanbao.settings.saved"));
  };
  return (
    <Flex vertical gap={12} style={{ maxWidth: 1200 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t("sanbao.settings.title")}
      </Typography.Title>
      <Alert type="info" showIcon title={t("sanbao.settings.intro")} />
      <Card
        size="small"
        extra={
          <Button type="primary" onClick={() => setEditing("new")} data-testid="category-add">
            {t("sanbao.settings.add")}
          </Button>
        }
      >
        <Table<Row>
          rowKey="code"
          size="small"
          dataSource={rows}
          pagination={false}
          scroll={{ x: 800 }}
          columns={[
            {
              title: t("sanbao.settings.category"),
              render: (_, r) => (
                <span>
                  {zh ? r.name.zh : r.name.en} <Typography.Text type="secondary">{r.code}</Typography.Text>
                </span>
              ),
            },
            {
              title: t("sanbao.settings.family"),
              render: (_, r) => t(`sanbao.settings.familyName.${r.family}`),
            },
            { title: t("sanbao.settings.wholeUnit"), dataIndex: "wholeUnitMonths" },
            {
              title: t("sanbao.settings.majorParts"),
              render: (_, r) => r.majorPartsMonths ?? t("common.dash"),
            },
            {
              title: t("sanbao.settings.depreciation"),
              render: (_, r) =>
                r.dailyDepreciation ? `${(r.dailyDepreciation * 100).toFixed(2)} %` : t("common.dash"),
            },
            {
              title: t("sanbao.settings.startAt"),
              render: (_, r) => t(`sanbao.settings.startAtValue.${r.startAt}`),
            },
            {
              title: t("sanbao.settings.confidence"),
              render: (_, r) =>
                r.source ? (
                  <Tag color={r.source.confidence === "C" ? "orange" : "green"}>{r.source.confidence}</Tag>
                ) : null,
            },
            {
              title: t("common.actions"),
              render: (_, r) => (
                <Button size="small" onClick={() => setEditing(r)}>
                  {t("common.edit")}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <WarrantyPlansCard
        categories={rows.map((r) => ({ code: r.code, label: zh ? r.name.zh : r.name.en }))}
      />
      {editing ? (
        <FormModal<Values>
          title={editing === "new" ? t("sanbao.settings.add") : t("sanbao.settings.edit")}
          initialValues={
            editing === "new"
              ? { family: "partial_goods_1995", startAt: "invoice", wholeUnitMonths: 12 }
              : {
                  code: editing.code,
                  wholeUnitMonths: editing.wholeUnitMonths,
                  majorPartsMonths: editing.majorPartsMonths,
                }
          }
          onSubmit={submit}
          onClose={() => setEditing(null)}
        >
          {() => (
            <>
              <Form.Item
                name="code"
                label={t("sanbao.settings.code")}
                rules={[{ required: true, pattern: /^[a-z][a-z0-9_]*$/, message: t("validation.required") }]}
              >
                <Input disabled={editing !== "new"} maxLength={64} />
              </Form.Item>
              {editing === "new" ? (
                <>
                  <Form.Item name="family" label={t("sanbao.settings.family")} rules={[{ required: true }]}>
                    <Select
                      options={WARRANTY_RULES.map((f) => ({
                        value: f,
                        label: t(`sanbao.settings.familyName.${f}`),
                      }))}
                    />
                  </Form.Item>
                  <BilingualNameFields />
                  <Form.Item name="startAt" label={t("sanbao.settings.startAt")} rules={[{ required: true }]}>
                    <Select
                      options={(["invoice", "installation"] as const).map((s) => ({
                        value: s,
                        label: t(`sanbao.settings.startAtValue.${s}`),
                      }))}
                    />
                  </Form.Item>
                </>
              ) : null}
              <Form.Item
                name="wholeUnitMonths"
                label={t("sanbao.settings.wholeUnit")}
                rules={[{ required: true }]}
              >
                <InputNumber min={0} max={600} style={{ width: "100%" }} />
              </Form.Item>
              <Form.Item name="majorPartsMonths" label={t("sanbao.settings.majorParts")}>
                <InputNumber min={0} max={600} style={{ width: "100%" }} />
              </Form.Item>
            </>
          )}
        </FormModal>
      ) : null}
    </Flex>
  );
}
