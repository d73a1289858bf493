import { BookOutlined, DeleteOutlined } from "@ant-design/icons";
import { App, Button, Card, Drawer, Flex, List, Select, Tag, Tooltip } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ArticleEditor } from "./ArticleEditor";
import { type Article, useDraftFromTicket, useLinkArticle, useStaffArticles, useTicketArticles } from "./api";
import { STATUS_COLOR } from "./versioned-draft";

// Knowledge capture on the ticket: the articles linked to it (each link counts as the article's
// use), linking another, and — once the ticket is resolved — a draft article written from it.
export function TicketKnowledge({ ticketRef, status }: { ticketRef: string; status: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const linked = useTicketArticles(ticketRef);
  const all = useStaffArticles();
  const link = useLinkArticle(ticketRef);
  const draft = useDraftFromTicket(ticketRef);
  const [editing, setEditing] = useState<Article | null>(null);
  const solved = status === "resolved" || status === "closed";
  const items = linked.data?.items ?? [];
  const linkedIds = new Set(items.map((a) => a.id));
  const create = async () => {
    const article = await draft.mutateAsync();
    void message.success(t("kbDesk.capture.created"));
    setEditing(article);
  };
  return (
    <Card
      size="small"
      title={t("kbDesk.capture.title")}
      data-testid="ticket-knowledge"
      extra={
        solved ? (
          <Tooltip title={t("kbDesk.capture.createHint")}>
            <Button
              size="small"
              icon={<BookOutlined />}
              loading={draft.isPending}
              data-testid="article-from-ticket"
              onClick={() => void create()}
            >
              {t("kbDesk.capture.create")}
            </Button>
          </Tooltip>
        ) : null
      }
    >
      <List
        size="small"
        dataSource={items}
        locale={{ emptyText: t("kbDesk.capture.none") }}
        renderItem={(a) => (
          <List.Item
            actions={[
              <Button
                key="unlink"
                type="text"
                size="small"
                aria-label={t("kbDesk.capture.unlink")}
                icon={<DeleteOutlined />}
                onClick={() => link.mutate({ articleId: a.id, linked: false })}
              />,
            ]}
          >
            <Flex gap={6} align="center" wrap>
              <span>{a.title}</span>
              <Tag color={STATUS_COLOR[a.status]}>{t(`knowledge.editor.statuses.${a.status}`)}</Tag>
            </Flex>
          </List.Item>
        )}
      />
      <Select
        showSearch
        value={null}
        style={{ width: "100%", marginTop: 8 }}
        placeholder={t("kbDesk.capture.linkPlaceholder")}
        aria-label={t("kbDesk.capture.link")}
        optionFilterProp="label"
        loading={all.isLoading}
        options={(all.data?.items ?? [])
          .filter((a) => !linkedIds.has(a.id))
          .map((a) => ({ value: a.id, label: a.title }))}
        onChange={(articleId: string | null) => {
          if (articleId) link.mutate({ articleId, linked: true });
        }}
      />
      <Drawer
        open={editing !== null}
        onClose={() => setEditing(null)}
        width="min(720px, 100vw)"
        title={t("kbDesk.capture.editor")}
        destroyOnHidden
      >
        {editing ? <ArticleEditor article={editing} onClose={() => setEditing(null)} /> : null}
      </Drawer>
    </Card>
  );
}
