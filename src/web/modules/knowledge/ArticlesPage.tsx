import { PlusOutlined } from "@ant-design/icons";
import { App, Button, Card, Drawer, Flex, Form, Input, Select, Space, Table, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { applyFieldErrors } from "../../app/feedback";
import { useTitle } from "../../app/useTitle";
import {
  type Article,
  type ArticleInput,
  type ArticleStatus,
  useMoveArticle,
  useSaveArticle,
  useStaffArticles,
} from "./api";

type Values = {
  title: string;
  body: string;
  tags: string[];
  locale: "zh-CN" | "en";
  visibility: "public" | "internal";
  category?: string;
  productLine?: string;
  faultCodes: string[];
};

const STATUS_COLOR: Record<ArticleStatus, string> = {
  draft: "default",
  review: "orange",
  published: "green",
};

function Editor({ article, onClose }: { article: Article | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveArticle();
  const move = useMoveArticle();
  const [current, setCurrent] = useState<Article | null>(article);
  const saveValues = async (): Promise<Article | null> => {
    const v = await form.validateFields();
    const input: ArticleInput = {
      title: v.title,
      body: v.body,
      tags: v.tags,
      visibility: v.visibility,
      category: v.category ?? null,
      productLine: v.productLine?.trim() || null,
      faultCodes: v.faultCodes,
      ...(current ? {} : { locale: v.locale }),
    };
    try {
      const saved = await save.mutateAsync({ id: current?.id, input });
      setCurrent(saved);
      return saved;
    } catch (err) {
      applyFieldErrors(form, err);
      return null;
    }
  };
  const moveTo = async (status: ArticleStatus) => {
    const saved = await saveValues();
    if (!saved) return;
    const moved = await move.mutateAsync({ id: saved.id, status });
    setCurrent(moved);
    void message.success(t(`knowledge.editor.statuses.${status}`));
  };
  const status = current?.status ?? "draft";
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{
        title: article?.title ?? "",
        body: article?.body ?? "",
        tags: article?.tags ?? [],
        locale: article?.locale ?? "zh-CN",
        visibility: article?.visibility ?? "public",
        category: article?.category ?? undefined,
        productLine: article?.productLine ?? undefined,
        faultCodes: article?.faultCodes ?? [],
      }}
    >
      {current ? (
        <Space style={{ marginBottom: 12 }}>
          <Tag color={STATUS_COLOR[status]} data-testid="article-status">
            {t(`knowledge.editor.statuses.${status}`)}
          </Tag>
          <span>
            {t("knowledge.editor.version")} {current.version}
          </span>
        </Space>
      ) : null}
      <Form.Item
        name="title"
        label={t("knowledge.editor.titleField")}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input data-testid="article-title" maxLength={200} />
      </Form.Item>
      <Form.Item
        name="body"
        label={t("knowledge.editor.body")}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input.TextArea data-testid="article-body" autoSize={{ minRows: 6 }} />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item name="locale" label={t("knowledge.editor.locale")} style={{ minWidth: 140 }}>
          <Select
            disabled={Boolean(current)}
            options={[
              { value: "zh-CN", label: "中文" },
              { value: "en", label: "English" },
            ]}
          />
        </Form.Item>
        <Form.Item name="visibility" label={t("knowledge.editor.visibility")} style={{ minWidth: 140 }}>
          <Select
            options={[
              { value: "public", label: t("knowledge.editor.public") },
              { value: "internal", label: t("knowledge.editor.internal") },
            ]}
          />
        </Form.Item>
        <Form.Item name="category" label={t("knowledge.editor.category")} style={{ minWidth: 180 }}>
          <Select
            allowClear
            options={(["fault", "usage", "maintenance", "policy", "service"] as const).map((c) => ({
              value: c,
              label: t(`knowledge.help.category.${c}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="productLine" label={t("knowledge.editor.productLine")} style={{ minWidth: 140 }}>
          <Input maxLength={50} />
        </Form.Item>
      </Flex>
      <Form.Item name="tags" label={t("knowledge.editor.tags")}>
        <Select mode="tags" open={false} />
      </Form.Item>
      <Form.Item name="faultCodes" label={t("knowledge.editor.faultCodes")}>
        <Select mode="tags" open={false} />
      </Form.Item>
      <Flex gap={8} wrap justify="flex-end">
        <Button onClick={onClose}>{t("common.close")}</Button>
        <Button data-testid="article-save" loading={save.isPending} onClick={() => void saveValues()}>
          {t("knowledge.editor.saveDraft")}
        </Button>
        {status === "draft" ? (
          <Button onClick={() => void moveTo("review")}>{t("knowledge.editor.submit")}</Button>
        ) : null}
        {status === "published" ? (
          <Button danger onClick={() => void moveTo("draft")}>
            {t("knowledge.editor.unpublish")}
          </Button>
        ) : (
          <Button type="primary" data-testid="article-publish" onClick={() => void moveTo("published")}>
            {t("knowledge.editor.publish")}
          </Button>
        )}
      </Flex>
    </Form>
  );
}

// The console's article list and editor: write, send for review, publish.
export default function ArticlesPage() {
  const { t } = useTranslation();
  useTitle(t("knowledge.editor.title"));
  const articles = useStaffArticles();
  const [editing, setEditing] = useState<Article | null | undefined>(undefined);
  return (
    <Card
      title={t("knowledge.editor.title")}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          data-testid="article-new"
          onClick={() => setEditing(null)}
        >
          {t("knowledge.editor.new")}
        </Button>
      }
    >
      <Table<Article>
        rowKey="id"
        size="small"
        loading={articles.isLoading}
        dataSource={articles.data?.items ?? []}
        locale={{ emptyText: t("knowledge.editor.empty") }}
        scroll={{ x: 720 }}
        onRow={(a) => ({ onClick: () => setEditing(a), style: { cursor: "pointer" } })}
        columns={[
          { title: t("knowledge.editor.titleField"), dataIndex: "title" },
          { title: t("knowledge.editor.locale"), dataIndex: "locale", width: 80 },
          {
            title: t("knowledge.editor.status"),
            dataIndex: "status",
            width: 100,
            render: (s: ArticleStatus) => (
              <Tag color={STATUS_COLOR[s]}>{t(`knowledge.editor.statuses.${s}`)}</Tag>
            ),
          },
          { title: t("knowledge.editor.views"), dataIndex: "views", width: 80, align: "right" },
          { title: t("knowledge.editor.helpfulCount"), dataIndex: "helpful", width: 90, align: "right" },
          { title: t("knowledge.editor.deflected"), dataIndex: "deflected", width: 120, align: "right" },
        ]}
      />
      <Drawer
        open={editing !== undefined}
        onClose={() => setEditing(undefined)}
        width="min(720px, 100vw)"
        title={editing ? t("knowledge.editor.edit") : t("knowledge.editor.new")}
        destroyOnHidden
      >
        {editing !== undefined ? <Editor article={editing} onClose={() => setEditing(undefined)} /> : null}
      </Drawer>
    </Card>
  );
}
