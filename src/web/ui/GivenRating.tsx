import { StarFilled } from "@ant-design/icons";
import { Card, Flex, Rate, Typography } from "antd";
import { useTranslation } from "react-i18next";

type GivenRatingValue = { score: number; comment: string | null };

// The stars' words ("Good", "满意"…), shared by the portal's rating form and every place that shows one.
export const STAR_KEYS = ["1", "2", "3", "4", "5"] as const;

// A rating the customer gave: stars, their word and the comment. The portal shows it to the
// customer ("Your rating"), the console to staff ("Customer rating").
export function GivenRating({
  rating,
  title,
  testId,
}: {
  rating: GivenRatingValue;
  title: string;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Card size="small" data-testid={testId} data-score={rating.score}>
      <Typography.Text strong>{title}</Typography.Text>
      <Flex align="center" gap={8} wrap>
        <Rate disabled value={rating.score} character={<StarFilled />} />
        <Typography.Text type="secondary">
          {t(`portal.stars.${STAR_KEYS[rating.score - 1] ?? "3"}`)}
        </Typography.Text>
      </Flex>
      {rating.comment ? (
        <Typography.Paragraph style={{ margin: "6px 0 0", whiteSpace: "pre-wrap" }}>
          {rating.comment}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}
