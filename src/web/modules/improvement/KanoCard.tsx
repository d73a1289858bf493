import { Button, Card, Descriptions, Flex, Form, Input, Progress, Select, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { showError } from "../../app/feedback";
import { type ItemDetail, useKanoAnswer, useKanoQuestionnaire } from "./api";
import { KanoTag } from "./labels";

const ANSWERS = ["like", "expect", "neutral", "live_with", "dislike"] as const;
const CATEGORIES = ["basic", "performance", "delight", "indifferent", "reverse", "questionable"] as const;

// The item's KANO distribution and category, the customer link, and staff-entered answers.
export function KanoCard({ item, canManage }: { item: ItemDetail; canManage: boolean }) {
  const { t } = useTranslation();
  const answer = useKanoAnswer(item.id);
  const questionnaire = useKanoQuestionnaire(item.id);
  const k = item.kano;
  const answerOptions = ANSWERS.map((a) => ({ value: a, label: t(`improvement.kano.answers.${a}`) }));
  const link = item.kanoLink ? `${window.location.origin}${item.kanoLink}` : null;
  return (
    <Card size="small" title={t("improvement.kano.title")} data-testid="kano">
      {k.responses === 0 ? (
        <Typography.Text type="secondary">{t("improvement.kano.none")}</Typography.Text>
      ) : (
        <Flex vertical gap={8}>
          <Descriptions size="small" column={{ xs: 1, sm: 3 }}>
            <Descriptions.Item label={t("improvement.kano.category")}>
              <KanoTag category={k.category} />
            </Descriptions.Item>
            <Descriptions.Item label={t("improvement.kano.better")}>
              {k.better?.toFixed(2) ?? "—"}
            </Descriptions.Item>
            <Descriptions.Item label={t("improvement.kano.worse")}>
              {k.worse?.toFixed(2) ?? "—"}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Text type="secondary">
            {t("improvement.kano.responses", { count: k.responses })}
          </Typography.Text>
          {CATEGORIES.map((c) => (
            <Flex key={c} gap={8} align="center">
              <span style={{ width: 96, flex: "none" }}>{t(`improvement.kano.categories.${c}`)}</span>
              <Progress
                percent={Math.round((k.distribution[c] / k.responses) * 100)}
                format={() => k.distribution[c]}
              />
            </Flex>
          ))}
        </Flex>
      )}
      <Form
        layout="vertical"
        style={{ marginTop: 12 }}
        onFinish={(v: { functional: string; dysfunctional: string }) =>
          answer.mutate(v, { onError: showError })
        }
      >
        <Typography.Text strong>{t("improvement.kano.enter")}</Typography.Text>
        <Flex gap={8} wrap align="end" style={{ marginTop: 8 }}>
          <Form.Item
            name="functional"
            label={t("improvement.kano.answerF")}
            rules={[{ required: true }]}
            style={{ minWidth: 140, marginBottom: 0 }}
          >
            <Select options={answerOptions} />
          </Form.Item>
          <Form.Item
            name="dysfunctional"
            label={t("improvement.kano.answerD")}
            rules={[{ required: true }]}
            style={{ minWidth: 140, marginBottom: 0 }}
          >
            <Select options={answerOptions} />
          </Form.Item>
          <Button htmlType="submit" loading={answer.isPending}>
            {t("improvement.kano.add")}
          </Button>
        </Flex>
      </Form>
      {canManage && (
        <Form
          layout="vertical"
          style={{ marginTop: 16 }}
          initialValues={item.kanoQuestions ?? undefined}
          onFinish={(v: { functional: string; dysfunctional: string }) =>
            questionnaire.mutate(v, { onError: showError })
          }
        >
          <Form.Item
            name="functional"
            label={t("improvement.kano.functional")}
            rules={[{ required: true, max: 300 }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="dysfunctional"
            label={t("improvement.kano.dysfunctional")}
            rules={[{ required: true, max: 300 }]}
          >
            <Input />
          </Form.Item>
          <Button htmlType="submit" loading={questionnaire.isPending}>
            {t("improvement.kano.openLink")}
          </Button>
          {link && (
            <Typography.Paragraph copyable={{ text: link }} style={{ marginTop: 8, marginBottom: 0 }}>
              {t("improvement.kano.link")}: <a href={link}>{link}</a>
            </Typography.Paragraph>
          )}
        </Form>
      )}
    </Card>
  );
}
