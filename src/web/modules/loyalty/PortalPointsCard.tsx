import { TrophyOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useMyPoints } from "./api";

// The portal home's way to the points page, with the balance.
export function PortalPointsCard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const points = useMyPoints();
  return (
    <Card size="small" data-testid="portal-points">
      <Flex justify="space-between" align="center" gap={8}>
        <span>
          <TrophyOutlined /> {t("loyalty.portal.card")}:{" "}
          <Typography.Text strong>{points.data?.balance ?? "—"}</Typography.Text>
        </span>
        <Button onClick={() => navigate("/portal/loyalty")} data-testid="portal-points-open">
          {t("loyalty.portal.open")}
        </Button>
      </Flex>
    </Card>
  );
}
