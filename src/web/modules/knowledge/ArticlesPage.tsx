import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Drawer, Flex, Select, Table, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTitle } from "../../app/useTitle";
import { ArticleEditor } from "./ArticleEditor";
import { type Article, type ArticleStatus, useStaffArticles } from "./api";
import { STATUS_COLOR } from "./versioned-draft";

// The console's article list and editor: write, send for review, publish.
export default function ArticlesPage() {
  const { t } = useTranslation();
  useTitle(t("knowledge.editor.title"));
  // Editors pick the articles waiting for review (e.g. drafts written from tickets).
  const [status, setStatus] = useState<ArticleStatus | undefined>(undefined);
  const articles = useStaffArticles(status);
  const [editing, setEditing] = useState<Article | null | undefined>(undefined);
  return (
    <Card
      title={t("knowledge.editor.title")}
      extra={
        <Flex gap={8}>
          <Select<ArticleStatus>
            allowClear
            data-testid="article-status-filter"
            style={{ minWidth: 120 }}
            placeholder={t("knowledge.editor.status")}
            value={status}
            onChange={(v) => setStatus(v ?? undefined)}
            options={(["draft", "review", "published"] as const).map((v) => ({
              value: v,
              label: t(`knowledge.editor.statuses.${v}`),
            }))}
          />
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="article-new"
            onClick={() => setEditing(null)}
          >
            {t("knowledge.editor.new")}
          </Button>
        </Flex>
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
        {editing !== undefined ? (
          <ArticleEditor article={editing} onClose={() => setEditing(undefined)} />
        ) : null}
      </Drawer>
    </Card>
  );
}
