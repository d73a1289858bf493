import { QrcodeOutlined } from "@ant-design/icons";
import { useMutation } from "@tanstack/react-query";
import { Button, Card, Flex, Typography } from "antd";
import QRCode from "qrcode";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../app/api";
import { showError } from "../../app/feedback";

type VisitLink = { id: string; token: string; url: string; surveyName: string };

// At the end of a visit: the technician shows the customer a QR code of their personal survey link
// (one answer, 30 days), so they can answer on their own phone there and then.
export function VisitSurveyCard({ ticketNumber }: { ticketNumber: string }) {
  const { t } = useTranslation();
  const [qr, setQr] = useState<{ link: VisitLink; image: string }>();
  const make = useMutation({
    mutationFn: async () => {
      const link = await api.post<VisitLink>("/survey-visit-links", { ticketRef: ticketNumber });
      return { link, image: await QRCode.toDataURL(link.url, { margin: 1, width: 240 }) };
    },
    onSuccess: setQr,
    onError: showError,
  });
  return (
    <Card size="small" title={t("surveys.visit.title")} data-testid="visit-survey">
      {qr ? (
        <Flex vertical align="center" gap={8}>
          <img src={qr.image} alt={t("surveys.visit.qrAlt")} width={240} height={240} />
          <Typography.Text strong>{qr.link.surveyName}</Typography.Text>
          <Typography.Text type="secondary" copyable={{ text: qr.link.url }} style={{ fontSize: 12 }}>
            {t("surveys.visit.hint")}
          </Typography.Text>
        </Flex>
      ) : (
        <Button icon={<QrcodeOutlined />} loading={make.isPending} onClick={() => make.mutate()} block>
          {t("surveys.visit.show")}
        </Button>
      )}
    </Card>
  );
}
