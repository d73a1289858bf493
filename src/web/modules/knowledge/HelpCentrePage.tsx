import { ArrowLeftOutlined, DislikeOutlined, LikeOutlined, SearchOutlined } from "@ant-design/icons";
import { Button, Card, Empty, Flex, Input, List, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useDebounced } from "../../app/useDebounced";
import { useTitle } from "../../app/useTitle";
import { LanguageSwitch } from "../../ui/LanguageSwitch";
import { type PublicArticle, useArticleFeedback, useHelpArticle, useHelpArticles, useKbSearch } from "./api";

const CATEGORIES = ["fault", "usage", "maintenance", "policy", "service"] as const;

function ArticleView({ tenant, id }: { tenant: string; id: string }) {
  const { t } = useTranslation();
  const article = useHelpArticle(id, tenant);
  const feedback = useArticleFeedback(tenant);
  if (!article.data) return <Card loading />;
  const a = article.data;
  return (
    <Card>
      <Link to={`/help/${tenant}`}>
        <ArrowLeftOutlined /> {t("knowledge.help.back")}
      </Link>
      <Typography.Title level={3} style={{ marginTop: 12 }} data-testid="help-article-title">
        {a.title}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        {[...a.faultCodes, ...a.tags].map((tag) => (
          <Tag key={tag}>{tag}</Tag>
        ))}
      </Space>
      <Typography.Paragraph style={{ whiteSpace: "pre-wrap", fontSize: 16 }}>{a.body}</Typography.Paragraph>
      <Flex gap={8} align="center" wrap>
        {feedback.isSuccess ? (
          <Typography.Text type="success">{t("knowledge.help.thanks")}</Typography.Text>
        ) : (
          <>
            <Typography.Text>{t("knowledge.help.helpful")}</Typography.Text>
            <Button
              icon={<LikeOutlined />}
              onClick={() => feedback.mutate({ id, feedback: { helpful: true } })}
            >
              {t("common.yes")}
            </Button>
            <Button
              icon={<DislikeOutlined />}
              onClick={() => feedback.mutate({ id, feedback: { helpful: false } })}
            >
              {t("common.no")}
            </Button>
          </>
        )}
      </Flex>
    </Card>
  );
}

function ArticleList({ tenant, items }: { tenant: string; items: PublicArticle[] }) {
  const { t } = useTranslation();
  const groups = CATEGORIES.map((c) => ({ c, items: items.filter((a) => a.category === c) })).filter(
    (g) => g.items.length > 0,
  );
  const other = items.filter((a) => !CATEGORIES.includes(a.category as (typeof CATEGORIES)[number]));
  return (
    <div style={{ display: "grid", gap: 16, gridTemplateColumns: "repeat(auto-fill, minmax(300px, 1fr))" }}>
      {[...groups, ...(other.length ? [{ c: "other" as const, items: other }] : [])].map((g) => (
        <Card key={g.c} size="small" title={t(`knowledge.help.category.${g.c}`)}>
          <List
            size="small"
            dataSource={g.items}
            renderItem={(a) => (
              <List.Item>
                <Link to={`/help/${tenant}/${a.id}`}>{a.title}</Link>
              </List.Item>
            )}
          />
        </Card>
      ))}
    </div>
  );
}

// The public help centre: no login; the tenant's slug is in the address.
export default function HelpCentrePage() {
  const { t, i18n } = useTranslation();
  useTitle(t("knowledge.help.title"));
  const { tenant = "", id } = useParams();
  const [q, setQ] = useState("");
  const debounced = useDebounced(q, 300);
  const found = useKbSearch(debounced, tenant);
  const all = useHelpArticles(tenant);
  // One language at a time: the reader's, else whatever the article exists in.
  const items = (all.data?.items ?? []).filter(
    (a, _, list) =>
      a.locale === i18n.language ||
      !list.some((b) => b.translationKey === a.translationKey && b.locale === i18n.language),
  );
  return (
    <div style={{ maxWidth: 1100, margin: "0 auto", padding: "24px 16px" }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t("knowledge.help.title")}
        </Typography.Title>
        <LanguageSwitch />
      </Flex>
      {all.isError ? (
        <Empty style={{ marginTop: 48 }} description={t("knowledge.help.noHelpCentre")} />
      ) : id ? (
        <div style={{ marginTop: 16 }}>
          <ArticleView tenant={tenant} id={id} />
        </div>
      ) : (
        <>
          <Input
            size="large"
            allowClear
            prefix={<SearchOutlined />}
            data-testid="help-search"
            placeholder={t("knowledge.help.searchPlaceholder")}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            style={{ margin: "16px 0" }}
          />
          {debounced.trim().length >= 2 ? (
            found.data && found.data.items.length === 0 ? (
              <Empty description={t("knowledge.help.noResults")} />
            ) : (
              <List
                loading={found.isLoading}
                dataSource={found.data?.items ?? []}
                renderItem={(item) => (
                  <List.Item data-testid="help-result">
                    <List.Item.Meta
                      title={<Link to={`/help/${tenant}/${item.id}`}>{item.title}</Link>}
                      description={item.snippet}
                    />
                  </List.Item>
                )}
              />
            )
          ) : (
            <ArticleList tenant={tenant} items={items} />
          )}
        </>
      )}
    </div>
  );
}
