import { StarOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Typography } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useMySurveys } from "./api";

// The portal's card: surveys waiting for this customer (sent by any channel), each one tap away.
// Nothing is shown when there are none.
export function PortalSurveyCard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const surveys = useMySurveys();
  const items = surveys.data ?? [];
  if (items.length === 0) return null;
  return (
    <Card
      size="small"
      title={
        <span>
          <StarOutlined /> {t("surveys.portal.title")}
        </span>
      }
      data-testid="portal-surveys"
    >
      <Flex vertical gap={8}>
        {items.map((s) => (
          <Flex key={s.invitationId} justify="space-between" align="center" gap={8} wrap>
            <div style={{ minWidth: 0 }}>
              <div style={{ fontWeight: 600 }}>{s.surveyName}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {s.ticketNumber ? `${t("surveys.portal.about", { number: s.ticketNumber })} · ` : ""}
                {t("surveys.portal.until", { date: dayjs(s.expiresAt).format("YYYY-MM-DD") })}
              </Typography.Text>
            </div>
            <Button type="primary" onClick={() => navigate(`/portal/surveys/${s.invitationId}`)}>
              {t("surveys.portal.answer")}
            </Button>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
