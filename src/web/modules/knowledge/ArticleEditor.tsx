import { App, Button, Flex, Form, Input, Select } from "antd";
import { useTranslation } from "react-i18next";
import { type Article, type ArticleInput, type ArticleStatus, useMoveArticle, useSaveArticle } from "./api";
import { DraftBadge, useVersionedDraft } from "./versioned-draft";

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

// The article form: save, send for review, publish, withdraw (the list page and the ticket page).
export function ArticleEditor({ article, onClose }: { article: Article | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveArticle();
  const move = useMoveArticle();
  const {
    current,
    status,
    saveValues,
    moveTo: moveDraft,
  } = useVersionedDraft<Article, Values, ArticleInput>({
    initial: article,
    form,
    save: save.mutateAsync,
    move: move.mutateAsync,
    toInput: (v, saved) => ({
      title: v.title,
      body: v.body,
      tags: v.tags,
      visibility: v.visibility,
      category: v.category ?? null,
      productLine: v.productLine?.trim() || null,
      faultCodes: v.faultCodes,
      ...(saved ? {} : { locale: v.locale }),
    }),
  });
  const moveTo = async (to: ArticleStatus) => {
    if (await moveDraft(to)) void message.success(t(`knowledge.editor.statuses.${to}`));
  };
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
      <DraftBadge current={current} testId="article-status" versionLabel={t("knowledge.editor.version")} />
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
          <Button data-testid="article-submit" onClick={() => void moveTo("review")}>
            {t("knowledge.editor.submit")}
          </Button>
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
