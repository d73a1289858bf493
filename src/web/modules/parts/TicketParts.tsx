import { Button, Card, Checkbox, Flex, Form, InputNumber, List, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useUser } from "../../app/auth";
import { showSuccess } from "../../app/feedback";
import { FormModal } from "../../ui/patterns";
import {
  partName,
  type ReservationStatus,
  type ReserveInput,
  useReserve,
  useSettle,
  useTicketOldParts,
  useTicketReservations,
} from "./api";
import { PartAndSiteFields } from "./PartAndSiteFields";

const HANDLERS: string[] = ["admin", "supervisor", "agent", "technician"];

const STATUS_COLOR: Record<ReservationStatus, string> = {
  waiting: "orange",
  active: "blue",
  released: "default",
  consumed: "green",
};

// The ticket's parts: what is held or awaited for it, with "used" and "release" on held ones.
export function TicketParts({ ticketRef, status }: { ticketRef: string; status: string }) {
  const { t, i18n } = useTranslation();
  const user = useUser();
  // QA reads; a finished ticket takes no more parts.
  const open = HANDLERS.includes(user.role) && !["resolved", "closed"].includes(status);
  const list = useTicketReservations(ticketRef);
  const settle = useSettle();
  const [reserving, setReserving] = useState(false);
  const items = list.data?.items ?? [];
  const oldParts = useTicketOldParts(ticketRef).data?.items ?? [];
  return (
    <Card
      size="small"
      title={t("parts.ticket.title")}
      data-testid="ticket-parts"
      extra={
        open ? (
          <Button size="small" onClick={() => setReserving(true)} data-testid="reserve-part">
            {t("parts.ticket.reserve")}
          </Button>
        ) : null
      }
    >
      {items.length === 0 ? (
        <Typography.Text type="secondary">{t("parts.ticket.empty")}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={(r) => (
            <List.Item
              actions={
                r.status === "active" && open
                  ? [
                      <Button
                        key="use"
                        size="small"
                        type="link"
                        onClick={() =>
                          settle.mutate(
                            { id: r.id, how: "consume" },
                            { onSuccess: () => showSuccess(t("parts.ticket.consumed")) },
                          )
                        }
                      >
                        {t("parts.ticket.consume")}
                      </Button>,
                      <Button
                        key="release"
                        size="small"
                        type="link"
                        onClick={() =>
                          settle.mutate(
                            { id: r.id, how: "release" },
                            { onSuccess: () => showSuccess(t("parts.ticket.released")) },
                          )
                        }
                      >
                        {t("parts.ticket.release")}
                      </Button>,
                    ]
                  : []
              }
            >
              <Flex vertical gap={2} style={{ minWidth: 0 }}>
                <span>
                  <Link to={`/console/parts/${encodeURIComponent(r.partNo)}`}>{r.partNo}</Link>{" "}
                  {partName(r, i18n.language)} × {r.qty}
                </span>
                <span>
                  <Tag color={STATUS_COLOR[r.status]}>{t(`parts.reservation.${r.status}`)}</Tag>
                  <Typography.Text type="secondary">{r.site}</Typography.Text>
                </span>
              </Flex>
            </List.Item>
          )}
        />
      )}
      {oldParts.map((o) => (
        <div key={o.id} data-testid="old-part">
          <Tag color={o.status === "owed" ? "red" : "default"}>{t(`parts.oldPart.${o.status}`)}</Tag>
          <Typography.Text type="secondary">
            {o.partNo} {partName(o, i18n.language)} × {o.qty} → {o.site}
          </Typography.Text>
        </div>
      ))}
      {reserving ? <ReserveModal ticketRef={ticketRef} onClose={() => setReserving(false)} /> : null}
    </Card>
  );
}

function ReserveModal({ ticketRef, onClose }: { ticketRef: string; onClose: () => void }) {
  const { t } = useTranslation();
  const reserve = useReserve();
  return (
    <FormModal<Omit<ReserveInput, "ticketRef">>
      title={t("parts.ticket.reserve")}
      initialValues={{ qty: 1, backorder: true }}
      onClose={onClose}
      onSubmit={async (v) => {
        const r = await reserve.mutateAsync({ ...v, ticketRef });
        showSuccess(r.status === "waiting" ? t("parts.ticket.waiting") : t("parts.ticket.reserved"));
      }}
    >
      {() => (
        <>
          <PartAndSiteFields partTestId="reserve-part-select" siteTestId="reserve-site-select" />
          <Form.Item
            name="qty"
            label={t("parts.receipt.qty")}
            rules={[{ required: true, message: t("parts.required") }]}
          >
            <InputNumber min={1} max={1000} precision={0} style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item name="backorder" valuePropName="checked">
            <Checkbox>{t("parts.ticket.backorder")}</Checkbox>
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
