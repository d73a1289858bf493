import { Card, Flex, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useTicketRmas } from "./api";
import { RmaShipments } from "./RmaShipments";
import { RmaSteps } from "./RmaSteps";

// The customer's view of their request's RMAs: where it is, tracking numbers, the replacement.
export function PortalRmas({ ticketRef }: { ticketRef: string }) {
  const { t } = useTranslation();
  const rmas = useTicketRmas(ticketRef);
  const items = rmas.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Card size="small" title={t("sanbao.portal.rmaTitle")} data-testid="portal-rmas">
      <Flex vertical gap={16}>
        {items.map((r) => {
          const shipped = r.steps.find((s) => s.action === "ship");
          const endsAt = shipped?.data.replacementWarrantyEndsAt;
          return (
            <div key={r.id} data-testid="portal-rma">
              <Flex justify="space-between" wrap gap={6}>
                <Typography.Text strong>{r.number}</Typography.Text>
                <span>
                  <Tag>{t(`sanbao.kind.${r.kind}`)}</Tag>
                  <Tag color="blue" data-testid="portal-rma-status">
                    {t(`sanbao.status.${r.status}`)}
                  </Tag>
                </span>
              </Flex>
              {r.trackingNo ? (
                <div data-testid="portal-rma-tracking">
                  {t("sanbao.portal.tracking", { carrier: r.carrier ?? "", no: r.trackingNo })}
                </div>
              ) : null}
              <div style={{ marginTop: 8 }}>
                <RmaShipments rma={r} />
              </div>
              {r.replacementSerial ? (
                <div data-testid="portal-rma-replacement">
                  {t("sanbao.rma.replacementSerial")}: {r.replacementSerial}
                  {typeof endsAt === "string"
                    ? ` · ${t("sanbao.rma.replacementEnds", { date: endsAt })}`
                    : ""}
                </div>
              ) : null}
              <div style={{ marginTop: 8 }}>
                <RmaSteps rma={r} vertical />
              </div>
            </div>
          );
        })}
      </Flex>
    </Card>
  );
}
