import { Flex, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { Rma } from "../../../shared/api/rma";
import { TimeText } from "../../app/format";

// An RMA's unit on its way, both legs: who carries it, the tracking number, its status and the
// carrier's events. The same for staff and the customer (nothing here is staff-only).
export function RmaShipments({ rma }: { rma: Rma }) {
  const { t } = useTranslation();
  if (rma.shipments.length === 0) return null;
  return (
    <Flex vertical gap={8} data-testid="rma-shipments">
      {rma.shipments.map((sh) => (
        <div key={sh.id} data-testid="rma-shipment">
          <Flex wrap gap={6} align="center">
            <Typography.Text strong>{t(`sanbao.shipments.purpose.${sh.purpose}`)}</Typography.Text>
            <Tag color={sh.status === "delivered" ? "green" : "blue"} data-testid="rma-shipment-status">
              {t(`sanbao.shipments.status.${sh.status}`)}
            </Tag>
          </Flex>
          <div>
            {sh.carrier === "local" ? t("sanbao.shipments.local") : sh.carrier}{" "}
            <Typography.Text copyable data-testid="rma-shipment-tracking">
              {sh.trackingNo}
            </Typography.Text>
          </div>
          {sh.events.map((e) => (
            <Typography.Text type="secondary" key={`${e.status}-${e.at}`} style={{ display: "block" }}>
              <TimeText iso={e.at} mode="absolute" /> ·{" "}
              {t(`sanbao.shipments.event.${e.status}`, {
                place:
                  e.place === "customer" || e.place === "service"
                    ? t(`sanbao.shipments.place.${e.place}`)
                    : e.place,
              })}
            </Typography.Text>
          ))}
        </div>
      ))}
    </Flex>
  );
}
