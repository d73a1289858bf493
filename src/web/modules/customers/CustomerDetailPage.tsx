import { EditOutlined, MailOutlined, PhoneOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, Descriptions, Empty, List, Skeleton, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { TimeText, useFormat } from "../../app/format";
import { useTitle } from "../../app/useTitle";
import { ErrorState, ListState, LoadMore } from "../../ui/ListState";
import { PriorityTag } from "../../ui/PriorityTag";
import { DetailLayout } from "../../ui/patterns";
import { StatusTag } from "../../ui/StatusTag";
import { TierBadge } from "../../ui/TierBadge";
import { useProductName } from "../../ui/useProductName";
import { WarrantyBadge } from "../../ui/WarrantyBadge";
import { useCustomerUnits } from "../catalog/api";
import { Customer360Panel } from "../loyalty/Customer360Panel";
import { useTicketList } from "../tickets/api";
import { useCustomer } from "./api";
import { CustomerModal } from "./CustomerModal";
import { PersonalDataActions } from "./PersonalDataActions";

// Customer 360 for agents: profile (editable), their products with warranty, their requests.
export default function CustomerDetailPage() {
  const { t } = useTranslation();
  const productName = useProductName();
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const fmt = useFormat();
  const customer = useCustomer(id);
  const units = useCustomerUnits(id);
  const tickets = useTicketList({ customerId: id, sort: "created_desc" }, { limit: 50 });
  const [editing, setEditing] = useState(false);
  const c = customer.data;
  useTitle(c?.name ?? t("desk.customers.title"));

  if (customer.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (customer.isError || !c)
    return <ErrorState error={customer.error} onRetry={() => void customer.refetch()} />;

  const unitItems = units.data?.items ?? [];
  return (
    <DetailLayout
      testId="customer-360"
      backTo="/console/customers"
      title={<span data-testid="customer-name">{c.name}</span>}
      tags={
        <>
          <TierBadge tier={c.tier} />
          {c.erasedAt ? (
            <Tag color="default" data-testid="customer-erased">
              {t("security.privacy.erasedTag", { date: fmt.date(c.erasedAt) })}
            </Tag>
          ) : null}
        </>
      }
      subtitle={t(`kind.${c.kind}`)}
      actions={
        <>
          <PersonalDataActions customer={c} />
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="customer-edit">
            {t("desk.customers.edit")}
          </Button>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="customer-new-ticket"
            onClick={() => navigate(`/console/new?customerId=${encodeURIComponent(c.id)}`)}
          >
            {t("desk.customers.newTicket")}
          </Button>
        </>
      }
      side={
        <Card size="small" title={t("desk.customers.units")} data-testid="customer-units">
          {units.isPending ? (
            <Skeleton active paragraph={{ rows: 2 }} />
          ) : units.isError ? (
            <ErrorState error={units.error} onRetry={() => void units.refetch()} />
          ) : unitItems.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("desk.customers.noUnits")} />
          ) : (
            unitItems.map((u) => (
              <div
                key={u.id}
                data-testid="customer-unit"
                style={{ padding: "6px 0", borderBottom: "1px solid #f5f5f5" }}
              >
                <div>
                  {productName(u.productName, u.productNameEn)}{" "}
                  <Typography.Text code>{u.serial}</Typography.Text>
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t("desk.customers.purchased")}: {fmt.date(u.purchasedAt)}
                </Typography.Text>{" "}
                <WarrantyBadge status={u.warranty?.status} endsAt={u.warranty?.endsAt ?? u.warrantyEndsAt} />
              </div>
            ))
          )}
        </Card>
      }
    >
      <Card size="small" title={t("desk.customers.profile")} style={{ marginBottom: 12 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: "phone",
              label: t("desk.customers.phone"),
              children: c.phone ? (
                <span>
                  <PhoneOutlined aria-hidden /> <a href={`tel:${c.phone}`}>{c.phone}</a>
                </span>
              ) : (
                t("common.dash")
              ),
            },
            {
              key: "email",
              label: t("desk.customers.email"),
              children: c.email ? (
                <span style={{ overflowWrap: "anywhere" }}>
                  <MailOutlined aria-hidden /> <a href={`mailto:${c.email}`}>{c.email}</a>
                </span>
              ) : (
                t("common.dash")
              ),
            },
            {
              key: "address",
              label: t("field.address"),
              children: [c.divisionName, c.street].filter(Boolean).join(" ") || t("common.dash"),
            },
            { key: "tier", label: t("desk.customers.tier"), children: <TierBadge tier={c.tier} /> },
            { key: "created", label: t("desk.customers.created"), children: fmt.date(c.createdAt) },
          ]}
        />
      </Card>
      <Customer360Panel customerId={c.id} />
      <Card size="small" title={t("desk.customers.tickets")} data-testid="customer-tickets">
        <ListState
          query={tickets}
          empty={tickets.items.length === 0}
          emptyText={t("desk.customers.noTickets")}
        >
          <List
            size="small"
            dataSource={tickets.items}
            renderItem={(x) => (
              <List.Item data-testid="customer-ticket">
                <div style={{ minWidth: 0 }}>
                  <Link
                    to={`/console/tickets/${encodeURIComponent(x.number)}`}
                    style={{ fontFamily: "monospace" }}
                  >
                    {x.number}
                  </Link>{" "}
                  <StatusTag status={x.status} /> <PriorityTag priority={x.priority} />
                  <div style={{ overflowWrap: "anywhere" }}>{x.subject}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {x.productName ? `${productName(x.productName, x.productNameEn)} · ` : ""}
                    <TimeText iso={x.createdAt} />
                  </Typography.Text>
                </div>
              </List.Item>
            )}
          />
          <LoadMore
            hasMore={tickets.hasNextPage}
            loading={tickets.isFetchingNextPage}
            onMore={tickets.loadMore}
            count={tickets.items.length}
          />
        </ListState>
      </Card>
      {editing ? (
        <CustomerModal editing={{ mode: "edit", customer: c }} onClose={() => setEditing(false)} />
      ) : null}
    </DetailLayout>
  );
}
