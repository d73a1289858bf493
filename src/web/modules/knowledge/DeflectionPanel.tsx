import { BulbOutlined, CheckOutlined } from "@ant-design/icons";
import { Button, Card, Collapse, Flex, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useDebounced } from "../../app/useDebounced";
import { useArticleFeedback, useKbSearch } from "./api";

// While a customer types a new request, the articles that may answer it; "this solved it" ends
// the request there (counted as deflected on the article).
export function DeflectionPanel({ text, onSolved }: { text: string; onSolved: () => void }) {
  const { t } = useTranslation();
  const q = useDebounced(text, 400);
  const found = useKbSearch(q);
  const feedback = useArticleFeedback();
  // Only close matches: an article far below the best one would be noise above the form.
  const all = found.data?.items ?? [];
  const best = all[0]?.score ?? 0;
  const items = all.filter((i) => i.score >= best * 0.5).slice(0, 3);
  if (items.length === 0) return null;
  return (
    <Card
      size="small"
      data-testid="deflection"
      style={{ marginBottom: 16, borderColor: "#91caff", background: "#f0f7ff" }}
      title={
        <Flex gap={8} align="center">
          <BulbOutlined />
          <span>{t("knowledge.deflect.title")}</span>
        </Flex>
      }
    >
      <Collapse
        ghost
        size="small"
        items={items.map((item) => ({
          key: item.id,
          label: (
            <span data-testid="deflection-article" style={{ fontWeight: 600 }}>
              {item.title}
            </span>
          ),
          children: (
            <Flex vertical gap={8}>
              <Typography.Paragraph style={{ margin: 0, whiteSpace: "pre-wrap" }}>
                {item.snippet}
              </Typography.Paragraph>
              <div>
                <Button
                  type="primary"
                  icon={<CheckOutlined />}
                  data-testid="deflection-solved"
                  loading={feedback.isPending}
                  onClick={() =>
                    feedback.mutate({ id: item.id, feedback: { solved: true } }, { onSuccess: onSolved })
                  }
                >
                  {t("knowledge.deflect.solved")}
                </Button>
              </div>
            </Flex>
          ),
        }))}
      />
    </Card>
  );
}
