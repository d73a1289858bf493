import { RiseOutlined, UserAddOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Select, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAuth } from "../../app/auth";
import { showSuccess } from "../../app/feedback";
import { TimeText } from "../../app/format";
import { useHotkeys } from "../../app/keys";
import { PRIORITIES, type Priority, type Ticket } from "../../app/types";
import { PriorityTag } from "../../ui/PriorityTag";
import { ReasonModal } from "../../ui/ReasonModal";
import { StatusTag } from "../../ui/StatusTag";
import { TierBadge } from "../../ui/TierBadge";
import { TypeTag } from "../../ui/TypeTag";
import { useProductName } from "../../ui/useProductName";
import { WarrantyBadge } from "../../ui/WarrantyBadge";
import { ActionBar } from "../tickets/ActionBar";
import { usePatchTicket } from "../tickets/api";
import { useAgents } from "../users/api";
import { SlaBar } from "./SlaBar";

const NONE = "__none";

function StaffControls({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const agents = useAgents();
  const patch = usePatchTicket(ticket.number);
  const { user } = useAuth();
  const take = () =>
    user &&
    patch
      .mutateAsync({ assigneeId: user.id })
      .then(() => showSuccess(t("ticket.taken", { number: ticket.number })))
      .catch(() => {});
  useHotkeys({ t: () => !ticket.assigneeId && void take() });
  const options = (agents.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }));
  if (ticket.assigneeId && !options.some((o) => o.value === ticket.assigneeId)) {
    options.push({ value: ticket.assigneeId, label: ticket.assignee?.name ?? ticket.assigneeId });
  }
  // An owned ticket changes hands only with a reason (the server insists): ask for it first.
  const [moveTo, setMoveTo] = useState<string | null | undefined>(undefined);
  const chooseAssignee = (v: string) => {
    const next = v === NONE ? null : v;
    if (next === (ticket.assigneeId ?? null)) return;
    if (ticket.assigneeId) setMoveTo(next);
    else patch.mutate({ assigneeId: next });
  };
  const moveName =
    moveTo === null ? t("common.unassigned") : (options.find((o) => o.value === moveTo)?.label ?? "");
  return (
    <Flex gap={12} wrap align="center">
      <span>
        <Typography.Text type="secondary">{t("ticket.assignee")} </Typography.Text>
        <Select<string>
          aria-label={t("ticket.assignee")}
          data-testid="ticket-assignee"
          showSearch={{ optionFilterProp: "label" }}
          style={{ minWidth: 180 }}
          loading={agents.isPending || (patch.isPending && patch.variables?.assigneeId !== undefined)}
          value={ticket.assigneeId ?? NONE}
          options={[{ value: NONE, label: t("common.unassigned") }, ...options]}
          onChange={chooseAssignee}
        />
        {!ticket.assigneeId && user ? (
          <Button
            icon={<UserAddOutlined />}
            style={{ marginInlineStart: 8 }}
            data-testid="take-it"
            loading={patch.isPending && patch.variables?.assigneeId === user.id}
            onClick={() => void take()}
          >
            {t("ticket.takeIt")}
          </Button>
        ) : null}
        <ReasonModal
          open={moveTo !== undefined}
          required
          title={t("routing.board.reassignTitle", { number: ticket.number, name: moveName })}
          placeholder={t("routing.board.reasonPlaceholder")}
          onSubmit={async (reason) => {
            // A failure is shown by the mutation cache and keeps the dialog open with its text.
            await patch.mutateAsync({ assigneeId: moveTo ?? null, reason });
            showSuccess(t("routing.board.reassigned", { number: ticket.number, name: moveName }));
          }}
          onClose={() => setMoveTo(undefined)}
        />
      </span>
      <span>
        <Typography.Text type="secondary">{t("ticket.priority")} </Typography.Text>
        <Select<Priority>
          aria-label={t("ticket.priority")}
          data-testid="ticket-priority"
          style={{ minWidth: 140 }}
          value={ticket.priority}
          loading={patch.isPending && patch.variables?.priority !== undefined}
          options={PRIORITIES.map((p) => ({ value: p, label: <PriorityTag priority={p} /> }))}
          onChange={(priority) => patch.mutate({ priority })}
        />
      </span>
    </Flex>
  );
}

export function TicketHeader({ ticket, staff }: { ticket: Ticket; staff: boolean }) {
  const { t } = useTranslation();
  const productName = useProductName();
  return (
    <Card size="small">
      <Flex gap={8} wrap align="center">
        <Typography.Text
          copyable
          strong
          style={{ fontFamily: "monospace", fontSize: 15 }}
          data-testid="ticket-number"
        >
          {ticket.number}
        </Typography.Text>
        <StatusTag status={ticket.status} testId="ticket-status" />
        <PriorityTag priority={ticket.priority} />
        <TypeTag type={ticket.type} />
        <WarrantyBadge status={ticket.warrantyStatus} />
        {ticket.escalationLevel > 0 ? (
          <Tag color="red" icon={<RiseOutlined />} data-testid="ticket-escalation">
            {t("ticket.escalation", { level: ticket.escalationLevel })}
          </Tag>
        ) : null}
        <SlaBar ticketRef={ticket.number} />
      </Flex>
      <Typography.Title level={4} style={{ margin: "8px 0 4px" }} data-testid="ticket-subject">
        {ticket.subject}
      </Typography.Title>
      <Space wrap size={[16, 4]} style={{ color: "rgba(0,0,0,0.65)", marginBottom: 12 }}>
        {ticket.customer ? (
          <span>
            {ticket.customer.name} <TierBadge tier={ticket.customer.tier} />
          </span>
        ) : null}
        {ticket.productName ? (
          <span data-testid="ticket-product">{productName(ticket.productName, ticket.productNameEn)}</span>
        ) : null}
        {ticket.unitSerial ? (
          <span>
            {t("ticket.unit")}: <Typography.Text code>{ticket.unitSerial}</Typography.Text>
          </span>
        ) : null}
        <span>
          {t("ticket.channel")}: {t(`channel.${ticket.channel}`, { defaultValue: ticket.channel })}
        </span>
        <span>
          {t("ticket.created")}: <TimeText iso={ticket.createdAt} mode="absolute" />
        </span>
        {!staff && ticket.assignee ? (
          <span>
            {t("ticket.assignee")}: {ticket.assignee.name}
          </span>
        ) : null}
      </Space>
      <Flex gap={12} wrap justify="space-between" align="center">
        {staff ? <StaffControls ticket={ticket} /> : <span />}
        <ActionBar ticket={ticket} />
      </Flex>
    </Card>
  );
}
