import { CustomerServiceOutlined, PlusOutlined, RightOutlined, ToolOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { TimeText } from "../../app/format";
import { useCursorList } from "../../app/lists";
import type { TicketListItem, Unit } from "../../app/types";
import { useTitle } from "../../app/useTitle";
import { ListState, LoadMore } from "../../ui/ListState";
import { StatusTag } from "../../ui/StatusTag";
import { useProductName } from "../../ui/useProductName";
import { WarrantyBadge } from "../../ui/WarrantyBadge";
import { useCustomerUnits } from "../catalog/api";
import { MyRegistrations } from "../registrations/MyRegistrations";
import { TransferButton } from "../registrations/TransferButton";
import { ProgressBar } from "./progress";

function TicketCard({ ticket }: { ticket: TicketListItem }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const open = () => navigate(`/portal/tickets/${encodeURIComponent(ticket.number)}`);
  return (
    <Card
      size="small"
      hoverable
      data-testid="portal-ticket"
      data-number={ticket.number}
      onClick={open}
      role="link"
      tabIndex={0}
      onKeyDown={(e) => {
        if (e.key === "Enter") open();
      }}
      aria-label={`${ticket.number} ${ticket.subject}`}
    >
      <Flex justify="space-between" align="flex-start" gap={8}>
        <div style={{ minWidth: 0 }}>
          <Typography.Text type="secondary" style={{ fontFamily: "monospace", fontSize: 12 }}>
            {ticket.number}
          </Typography.Text>
          <div style={{ fontWeight: 600, overflowWrap: "anywhere" }}>{ticket.subject}</div>
        </div>
        <StatusTag status={ticket.status} />
      </Flex>
      <div style={{ margin: "8px 0" }}>
        <ProgressBar ticket={ticket} />
      </div>
      <Flex
        justify="space-between"
        align="center"
        wrap
        gap={4}
        style={{ fontSize: 13, color: "rgba(0,0,0,0.65)" }}
      >
        <span>
          {ticket.assigneeName
            ? t("portal.handledBy", { name: ticket.assigneeName })
            : t("portal.waitingAssignment")}
        </span>
        <span>
          <TimeText iso={ticket.updatedAt ?? ticket.createdAt} /> <RightOutlined aria-hidden />
        </span>
      </Flex>
    </Card>
  );
}

function UnitCard({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  const productName = useProductName();
  const navigate = useNavigate();
  return (
    <Card size="small" data-testid="portal-unit" data-serial={unit.serial}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <div style={{ minWidth: 0 }}>
          <div style={{ fontWeight: 600 }}>{productName(unit.productName, unit.productNameEn)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {unit.serial}
          </Typography.Text>
          <div>
            <WarrantyBadge
              status={unit.warranty?.status}
              endsAt={unit.warranty?.endsAt ?? unit.warrantyEndsAt}
            />
          </div>
        </div>
        <Flex gap={8} wrap>
          <TransferButton serial={unit.serial} />
          <Button
            icon={<ToolOutlined />}
            onClick={() => navigate(`/portal/new?unit=${encodeURIComponent(unit.serial)}`)}
            aria-label={`${t("portal.getHelp")} · ${productName(unit.productName, unit.productNameEn)}`}
          >
            {t("portal.getHelp")}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}

export default function PortalHome() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const units = useCustomerUnits(undefined);
  const tickets = useCursorList<TicketListItem>(
    ["tickets"],
    "/tickets",
    { sort: "updated_desc" },
    { refetchInterval: 10_000, limit: 20 },
  );
  const unitItems = units.data?.items ?? [];
  useTitle(t("nav.portal"));

  return (
    <Flex vertical gap={20}>
      <section>
        <Button
          type="primary"
          block
          size="large"
          style={{ height: 64, fontSize: 20 }}
          icon={<CustomerServiceOutlined />}
          data-testid="portal-new-request"
          onClick={() => navigate("/portal/new")}
        >
          {t("portal.getHelp")}
        </Button>
        <Typography.Paragraph type="secondary" style={{ textAlign: "center", marginTop: 8 }}>
          {t("portal.getHelpHint")}
        </Typography.Paragraph>
      </section>

      <section aria-labelledby="my-products">
        <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
          <Typography.Title level={5} id="my-products" style={{ margin: 0 }}>
            {t("portal.myProducts")}
          </Typography.Title>
          <Button
            type="link"
            icon={<PlusOutlined />}
            onClick={() => navigate("/portal/register")}
            data-testid="portal-register"
          >
            {t("portal.registerProduct")}
          </Button>
        </Flex>
        <ListState
          query={units}
          empty={unitItems.length === 0}
          rows={2}
          emptyText={
            <span>
              {t("portal.noProducts")}
              <br />
              {t("portal.noProductsHint")}
            </span>
          }
          emptyAction={
            <Button onClick={() => navigate("/portal/register")}>{t("portal.registerProduct")}</Button>
          }
        >
          <Flex vertical gap={8}>
            {unitItems.map((u) => (
              <UnitCard key={u.id} unit={u} />
            ))}
          </Flex>
        </ListState>
      </section>

      <MyRegistrations />

      <section aria-labelledby="my-requests">
        <Typography.Title level={5} id="my-requests" style={{ marginTop: 0 }}>
          {t("portal.myRequests")}
        </Typography.Title>
        <ListState
          query={tickets}
          empty={tickets.items.length === 0}
          rows={3}
          emptyText={
            <span>
              {t("portal.noRequests")}
              <br />
              {t("portal.noRequestsHint")}
            </span>
          }
        >
          <Flex vertical gap={8}>
            {tickets.items.map((tk) => (
              <TicketCard key={tk.id} ticket={tk} />
            ))}
          </Flex>
          <LoadMore
            hasMore={tickets.hasNextPage}
            loading={tickets.isFetchingNextPage}
            onMore={tickets.loadMore}
            count={tickets.items.length}
          />
        </ListState>
      </section>
    </Flex>
  );
}
