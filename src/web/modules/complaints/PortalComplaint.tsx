import { Card, Descriptions } from "antd";
import { useTranslation } from "react-i18next";
import { useTicketComplaint } from "./api";
import { ComplaintStatusTag } from "./ComplaintTags";

// The customer's view of their complaint: where it stands and, once approved, the compensation.
// The server sends nothing else (no root cause, accountability or internal notes).
export function PortalComplaint({
  ticketRef,
  ticketUpdatedAt,
  isComplaint,
}: {
  ticketRef: string;
  ticketUpdatedAt: string;
  isComplaint: boolean;
}) {
  const { t } = useTranslation();
  const q = useTicketComplaint(ticketRef, isComplaint, ticketUpdatedAt);
  const c = q.data;
  if (c?.view !== "customer") return null;
  return (
    <Card size="small" title={t("complaints.portal.title")} data-testid="portal-complaint">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t("complaints.portal.progress")}>
          <ComplaintStatusTag status={c.status} />
        </Descriptions.Item>
        {c.compensationKind ? (
          <Descriptions.Item label={t("complaints.portal.compensation")}>
            <span data-testid="portal-complaint-compensation">
              {t(`complaints.compensation.${c.compensationKind}`)}
              {c.compensationAmount && Number(c.compensationAmount) > 0 ? ` ¥${c.compensationAmount}` : ""}
            </span>
          </Descriptions.Item>
        ) : null}
        {c.satisfaction ? (
          <Descriptions.Item label={t("complaints.field.satisfaction")}>
            {t(`complaints.satisfaction.${c.satisfaction}`)}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </Card>
  );
}
