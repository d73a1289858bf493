import { Button, Card, Flex, Input, Rate, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Visit } from "./api";

// After signing, the customer rates the visit on the technician's phone: 1–5 stars and a comment,
// once. Staff opening the visit later see what was given.
export function RatingCard({
  visit,
  busy,
  onRate,
}: {
  visit: Visit;
  busy: boolean;
  onRate: (stars: number, comment: string) => void;
}) {
  const { t } = useTranslation();
  const [stars, setStars] = useState(0);
  const [comment, setComment] = useState("");
  const tooltips = [
    t("field.rating.level1"),
    t("field.rating.level2"),
    t("field.rating.level3"),
    t("field.rating.level4"),
    t("field.rating.level5"),
  ];
  if (visit.rating !== null)
    return (
      <Card size="small" title={t("field.rating.title")} data-testid="visit-rating">
        <Flex vertical gap={4}>
          <Rate disabled value={visit.rating} aria-label={t("field.rating.given", { stars: visit.rating })} />
          <Typography.Text>{t("field.rating.given", { stars: visit.rating })}</Typography.Text>
          {visit.ratingComment ? (
            <Typography.Paragraph style={{ margin: 0 }}>“{visit.ratingComment}”</Typography.Paragraph>
          ) : null}
        </Flex>
      </Card>
    );
  return (
    <Card size="small" title={t("field.rating.title")}>
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t("field.rating.ask")}</Typography.Text>
        <Rate
          data-testid="rating-stars"
          value={stars}
          onChange={setStars}
          tooltips={tooltips}
          style={{ fontSize: 32 }}
          aria-label={t("field.rating.title")}
        />
        {stars > 0 ? <Typography.Text>{tooltips[stars - 1]}</Typography.Text> : null}
        <Input.TextArea
          data-testid="rating-comment"
          aria-label={t("field.rating.comment")}
          placeholder={t("field.rating.comment")}
          rows={2}
          maxLength={1000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
        <Button
          data-testid="save-rating"
          disabled={stars === 0}
          loading={busy}
          onClick={() => onRate(stars, comment.trim())}
        >
          {t("field.rating.save")}
        </Button>
      </Flex>
    </Card>
  );
}
