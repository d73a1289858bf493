import { EditOutlined, StopOutlined } from "@ant-design/icons";
import {
  App,
  Button,
  Card,
  Drawer,
  Flex,
  Grid,
  Popconfirm,
  Segmented,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useAuth } from "../../app/auth";
import { showError } from "../../app/feedback";
import { TimeText, useFormat } from "../../app/format";
import { useTitle } from "../../app/useTitle";
import { ErrorState } from "../../ui/ListState";
import { PageHeader } from "../../ui/patterns";
import { ArticleEditor } from "./ArticleEditor";
import type { Article } from "./api";
import { type Gap, type GapStatus, useDismissGap, useDraftFromGap, useGaps } from "./gaps-api";
import { STATUS_COLOR } from "./versioned-draft";

const STATUSES: readonly GapStatus[] = ["open", "addressed", "dismissed"];
const EDITORS = new Set(["admin", "supervisor"]);

// Knowledge gaps: what customers asked that no article answered, most asked first. Editors write
// the missing article from a gap (or open the draft already written) or dismiss it; agents read.
export default function GapsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { message } = App.useApp();
  useTitle(t("kbGaps.title"));
  const editor = EDITORS.has(useAuth().user?.role ?? "");
  const [params, setParams] = useSearchParams();
  const status = STATUSES.find((s) => s === params.get("status")) ?? "open";
  const gaps = useGaps(status);
  const draft = useDraftFromGap();
  const dismiss = useDismissGap();
  const [editing, setEditing] = useState<Article | null>(null);

  const write = async (g: Gap) => {
    try {
      const article = await draft.mutateAsync(g.id);
      if (!g.article) void message.success(t("kbGaps.draftCreated"));
      setEditing(article);
    } catch (err) {
      showError(err);
    }
  };
  const drop = async (g: Gap) => {
    try {
      await dismiss.mutateAsync(g.id);
      void message.success(t("kbGaps.dismissed"));
    } catch (err) {
      showError(err);
    }
  };

  // On a phone the article and the actions sit under the question instead of in columns of their own.
  const narrow = !Grid.useBreakpoint().md;
  const actionable = editor && status === "open";
  const articleOf = (g: Gap) =>
    g.article ? (
      <Space size={4} wrap>
        <Tag color={STATUS_COLOR[g.article.status]} data-testid="gap-article-status">
          {t(`knowledge.editor.statuses.${g.article.status}`)}
        </Tag>
        <Typography.Text ellipsis style={{ maxWidth: 220 }}>
          {g.article.title}
        </Typography.Text>
      </Space>
    ) : (
      <Typography.Text type="secondary">{t("kbGaps.noArticle")}</Typography.Text>
    );
  const actionsOf = (g: Gap) => (
    <Space size={4} wrap>
      <Button
        size="small"
        type={g.article ? "default" : "primary"}
        icon={<EditOutlined />}
        data-testid="gap-write"
        loading={draft.isPending && draft.variables === g.id}
        onClick={() => void write(g)}
      >
        {g.article ? t("kbGaps.openDraft") : t("kbGaps.write")}
      </Button>
      <Popconfirm
        title={t("kbGaps.dismissConfirm")}
        okText={t("kbGaps.dismiss")}
        cancelText={t("common.cancel")}
        onConfirm={() => drop(g)}
      >
        <Button size="small" type="text" icon={<StopOutlined />} data-testid="gap-dismiss">
          {t("kbGaps.dismiss")}
        </Button>
      </Popconfirm>
    </Space>
  );

  return (
    <Card style={{ maxWidth: 1200 }} data-testid="kb-gaps">
      <PageHeader title={t("kbGaps.title")} description={t("kbGaps.description")} />
      <Segmented<GapStatus>
        data-testid="gap-status"
        style={{ marginBottom: 12 }}
        value={status}
        onChange={(v) => setParams({ status: v })}
        options={STATUSES.map((s) => ({ value: s, label: t(`kbGaps.statuses.${s}`) }))}
      />
      {gaps.isError ? (
        <ErrorState error={gaps.error} onRetry={() => void gaps.refetch()} />
      ) : (
        <Table<Gap>
          rowKey="id"
          size="small"
          loading={gaps.isLoading}
          dataSource={gaps.data?.items ?? []}
          locale={{ emptyText: t(`kbGaps.empty.${status}`) }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={narrow ? undefined : { x: 720 }}
          columns={[
            {
              key: "question",
              title: t("kbGaps.question"),
              render: (_v, g) => (
                <Flex vertical gap={2}>
                  <Typography.Text strong data-testid="gap-question">
                    {g.question}
                  </Typography.Text>
                  {g.status === "dismissed" && g.dismissedAt ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t("kbGaps.dismissedBy", {
                        name: g.dismissedBy?.name ?? "—",
                        at: fmt.dateTime(g.dismissedAt),
                      })}
                    </Typography.Text>
                  ) : null}
                  {narrow && g.article ? articleOf(g) : null}
                  {narrow && actionable ? actionsOf(g) : null}
                  {g.status === "addressed" && g.addressedAt ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t("kbGaps.addressedAt", { at: fmt.dateTime(g.addressedAt) })}
                    </Typography.Text>
                  ) : null}
                </Flex>
              ),
            },
            {
              key: "asked",
              title: t("kbGaps.asked"),
              dataIndex: "asked",
              width: 96,
              align: "right",
            },
            {
              key: "lastAsked",
              title: t("kbGaps.lastAsked"),
              width: 150,
              responsive: ["md"],
              render: (_v, g) => <TimeText iso={g.lastAskedAt} />,
            },
            {
              key: "source",
              title: t("kbGaps.source"),
              width: 140,
              responsive: ["lg"],
              render: (_v, g) => (g.source ? <Tag>{t(`kbGaps.sources.${g.source}`)}</Tag> : "—"),
            },
            {
              key: "article",
              title: t("kbGaps.article"),
              responsive: ["md"],
              render: (_v, g) => articleOf(g),
            },
            ...(actionable
              ? [
                  {
                    key: "actions",
                    title: t("kbGaps.actions"),
                    width: 210,
                    responsive: ["md" as const],
                    render: (_v: unknown, g: Gap) => actionsOf(g),
                  },
                ]
              : []),
          ]}
        />
      )}
      <Drawer
        open={editing !== null}
        onClose={() => setEditing(null)}
        width="min(720px, 100vw)"
        title={t("knowledge.editor.edit")}
        destroyOnHidden
      >
        {editing ? <ArticleEditor article={editing} onClose={() => setEditing(null)} /> : null}
      </Drawer>
    </Card>
  );
}
