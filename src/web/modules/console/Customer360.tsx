import { MailOutlined, PhoneOutlined } from "@ant-design/icons";
import { Card, Descriptions, Skeleton, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { TimeText } from "../../app/format";
import type { Ticket } from "../../app/types";
import { ErrorState } from "../../ui/ListState";
import { StatusTag } from "../../ui/StatusTag";
import { TierBadge } from "../../ui/TierBadge";
import { useProductName } from "../../ui/useProductName";
import { WarrantyBadge } from "../../ui/WarrantyBadge";
import { useCustomerUnits } from "../catalog/api";
import { useCustomer } from "../customers/api";
import { useTicketList } from "../tickets/api";

// Who the customer is, what they own and what they asked before — beside the ticket.
export function Customer360({ ticket, basePath }: { ticket: Ticket; basePath: string }) {
  const { t } = useTranslation();
  const productName = useProductName();
  const customer = useCustomer(ticket.customerId);
  const units = useCustomerUnits(ticket.customerId);
  const past = useTicketList({ customerId: ticket.customerId, sort: "created_desc" }, { limit: 10 });
  const others = past.items.filter((x) => x.id !== ticket.id);
  const c = customer.data;

  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 12 }}>
      <Card size="small" title={t("ticket.customer360")}>
        {customer.isPending ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : customer.isError ? (
          <ErrorState error={customer.error} onRetry={() => void customer.refetch()} />
        ) : c ? (
          <>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {c.name} <TierBadge tier={c.tier} />
            </Typography.Title>
            <Descriptions
              size="small"
              column={1}
              style={{ marginTop: 8 }}
              items={[
                { key: "kind", label: t("admin.kind"), children: t(`kind.${c.kind}`) },
                {
                  key: "contact",
                  label: t("ticket.contact"),
                  children: (
                    <div>
                      {c.phone ? (
                        <div>
                          <PhoneOutlined aria-hidden /> <a href={`tel:${c.phone}`}>{c.phone}</a>
                        </div>
                      ) : null}
                      {c.email ? (
                        <div>
                          <MailOutlined aria-hidden /> <a href={`mailto:${c.email}`}>{c.email}</a>
                        </div>
                      ) : null}
                      {!c.phone && !c.email ? t("common.dash") : null}
                    </div>
                  ),
                },
              ]}
            />
          </>
        ) : null}
      </Card>
      <Card size="small" title={t("ticket.units")}>
        {units.isPending ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : units.isError ? (
          <ErrorState error={units.error} onRetry={() => void units.refetch()} />
        ) : (units.data?.items ?? []).length === 0 ? (
          <Typography.Text type="secondary">{t("ticket.noUnits")}</Typography.Text>
        ) : (
          (units.data?.items ?? []).map((u) => (
            <div key={u.id} style={{ padding: "4px 0", borderBottom: "1px solid #f5f5f5" }}>
              <div>
                {productName(u.productName, u.productNameEn)}{" "}
                <Typography.Text code>{u.serial}</Typography.Text>
              </div>
              <WarrantyBadge status={u.warranty?.status} endsAt={u.warranty?.endsAt ?? u.warrantyEndsAt} />
            </div>
          ))
        )}
      </Card>
      <Card size="small" title={t("ticket.pastTickets")}>
        {past.isPending ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : past.isError && others.length === 0 ? (
          <ErrorState error={past.error} onRetry={() => void past.refetch()} />
        ) : others.length === 0 ? (
          <Typography.Text type="secondary">{t("ticket.noPastTickets")}</Typography.Text>
        ) : (
          others.map((x) => (
            <div key={x.id} style={{ padding: "4px 0", borderBottom: "1px solid #f5f5f5" }}>
              <Link to={`${basePath}${encodeURIComponent(x.number)}`}>{x.number}</Link>{" "}
              <StatusTag status={x.status} />
              <div style={{ fontSize: 12 }}>
                {x.subject} · <TimeText iso={x.createdAt} />
              </div>
            </div>
          ))
        )}
      </Card>
    </div>
  );
}
