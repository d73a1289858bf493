import { ArrowLeftOutlined, UserOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Flex, Result, Skeleton, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { ApiError } from "../../app/api";
import { showSuccess } from "../../app/feedback";
import { TimeText } from "../../app/format";
import type { Ticket } from "../../app/types";
import { useTitle } from "../../app/useTitle";
import { AttachmentList } from "../../ui/AttachmentList";
import { ErrorState } from "../../ui/ListState";
import { ReasonModal } from "../../ui/ReasonModal";
import { StatusTag } from "../../ui/StatusTag";
import { useProductName } from "../../ui/useProductName";
import { WarrantyBadge } from "../../ui/WarrantyBadge";
import { PortalComplaint } from "../complaints/PortalComplaint";
import { PortalVisits } from "../field/PortalVisits";
import { useEvents, useMessages, useTicket, useTransition } from "../tickets/api";
import { ReplyBox } from "../tickets/ReplyBox";
import { Timeline } from "../tickets/Timeline";
import { ServingCertifications } from "../training/ServingCertifications";
import { PortalRmas } from "../warranty/PortalRmas";
import { WhyPanel } from "../warranty/WhyPanel";
import { handlerText } from "./handler";
import { ProgressSteps } from "./progress";
import { RatingCard } from "./RatingCard";
import { ResolutionButtons } from "./ResolutionPrompt";

// The closing question of the loop, asked while the request is resolved.
function ResolutionPrompt({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const canConfirm = ticket.allowedActions.includes("confirm");
  const canReject = ticket.allowedActions.includes("reject");
  if (ticket.status !== "resolved" || (!canConfirm && !canReject)) return null;
  return (
    <Card style={{ borderColor: "#b7eb8f", background: "#f6ffed" }} data-testid="portal-resolution">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t("portal.resolvedPrompt")}
      </Typography.Title>
      <ResolutionButtons number={ticket.number} canConfirm={canConfirm} canReject={canReject} />
    </Card>
  );
}

function ReopenPrompt({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const transition = useTransition(ticket.number);
  const [asking, setAsking] = useState(false);
  if (ticket.status !== "closed" || !ticket.allowedActions.includes("reopen")) return null;
  return (
    <Card size="small">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <span>{t("portal.reopenPrompt")}</span>
        <Button data-testid="action-reopen" onClick={() => setAsking(true)} disabled={transition.isPending}>
          {t("action.reopen")}
        </Button>
      </Flex>
      <ReasonModal
        open={asking}
        title={t("portal.rejectTitle")}
        required
        placeholder={t("portal.rejectPlaceholder")}
        okText={t("action.reopen")}
        onSubmit={async (reason) => {
          await transition.mutateAsync({ action: "reopen", reason });
          showSuccess(t("portal.rejected"));
        }}
        onClose={() => setAsking(false)}
      />
    </Card>
  );
}

// What of the history a customer's timeline shows: how the status moved, merges, our callbacks.
const CUSTOMER_EVENTS = new Set([
  "created",
  "status_changed",
  "rma_opened",
  "rma_step",
  "merged_into",
  "merged_from",
  "callback",
]);

export default function PortalTicketPage() {
  const { t } = useTranslation();
  const productName = useProductName();
  const navigate = useNavigate();
  const { ref = "" } = useParams();
  const ticket = useTicket(ref);
  const messages = useMessages(ref);
  const events = useEvents(ref);
  useTitle(ticket.data?.number ?? ref);

  const back = (
    <Button
      type="link"
      icon={<ArrowLeftOutlined />}
      onClick={() => navigate("/portal")}
      style={{ paddingInline: 0, alignSelf: "flex-start" }}
    >
      {t("portal.back")}
    </Button>
  );
  if (ticket.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (ticket.isError) {
    const missing = ticket.error instanceof ApiError && ticket.error.status === 404;
    return (
      <>
        {back}
        {missing ? (
          <Result status="404" subTitle={t("ticket.notFound")} />
        ) : (
          <ErrorState error={ticket.error} onRetry={() => void ticket.refetch()} />
        )}
      </>
    );
  }
  const tk = ticket.data;
  // Customers see how the status moved; routing details are for staff.
  const statusEvents = (events.data?.items ?? []).filter((e) => CUSTOMER_EVENTS.has(e.type));
  // A request merged into another lives on there: say so instead of "done, thank you".
  const mergedEvent = tk.status === "closed" ? statusEvents.find((e) => e.type === "merged_into") : undefined;
  const mergedInto = typeof mergedEvent?.data.into === "string" ? mergedEvent.data.into : null;

  return (
    <Flex vertical gap={12}>
      {back}
      <Card size="small">
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text copyable style={{ fontFamily: "monospace" }} data-testid="ticket-number">
            {tk.number}
          </Typography.Text>
          <StatusTag status={tk.status} testId="ticket-status" />
        </Flex>
        <Typography.Title level={4} style={{ margin: "8px 0" }}>
          {tk.subject}
        </Typography.Title>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t("portal.opened")} <TimeText iso={tk.createdAt} mode="absolute" />
          {tk.productName ? ` · ${productName(tk.productName, tk.productNameEn)}` : ""}
        </Typography.Text>
        {tk.warrantyStatus ? (
          <div style={{ marginTop: 6 }}>
            <WarrantyBadge status={tk.warrantyStatus} />
          </div>
        ) : null}
        {/* A merged request was never worked here: no "confirmed" steps to show. */}
        {mergedInto ? null : (
          <div style={{ marginTop: 16 }}>
            <ProgressSteps ticket={tk} />
          </div>
        )}
        {mergedInto ? (
          <Alert
            style={{ marginTop: 12 }}
            type="info"
            showIcon
            data-testid="merged-into"
            title={t("portal.mergedInto", { number: mergedInto })}
            description={t("portal.mergedHelp")}
            action={
              <Link to={`/portal/tickets/${encodeURIComponent(mergedInto)}`} data-testid="merged-into-link">
                {t("portal.mergedOpen")}
              </Link>
            }
          />
        ) : (
          <Alert
            style={{ marginTop: 12 }}
            type={tk.status === "pending_customer" || tk.status === "resolved" ? "warning" : "info"}
            showIcon
            icon={<UserOutlined />}
            data-testid="portal-handler"
            title={
              <>
                {handlerText(t, tk.assignee?.name, tk.assigneeRole, tk.status)}
                <ServingCertifications ticketRef={tk.number} assigned={Boolean(tk.assignee)} />
              </>
            }
            description={t(
              tk.status === "assigned" && tk.assigneeRole !== "technician"
                ? "portal.next.assignedAgent"
                : `portal.next.${tk.status}`,
            )}
          />
        )}
      </Card>
      <ResolutionPrompt ticket={tk} />
      {mergedInto ? null : <RatingCard ticket={tk} />}
      <PortalVisits ticketRef={tk.number} />
      <PortalRmas ticketRef={tk.number} />
      <PortalComplaint
        ticketRef={tk.number}
        ticketUpdatedAt={tk.updatedAt}
        isComplaint={tk.type === "complaint"}
      />
      {tk.unitSerial ? <WhyPanel unitSerial={tk.unitSerial} openedAt={tk.createdAt} /> : null}
      {mergedInto ? null : <ReopenPrompt ticket={tk} />}
      <Card size="small" title={t("ticket.description")}>
        <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 8 }}>
          {tk.description}
        </Typography.Paragraph>
        <AttachmentList items={tk.attachments} />
      </Card>
      <Card size="small" title={t("portal.history")}>
        {messages.isPending ? (
          <Skeleton active paragraph={{ rows: 3 }} />
        ) : messages.isError ? (
          <ErrorState error={messages.error} onRetry={() => void messages.refetch()} />
        ) : (
          <Timeline messages={messages.data?.items ?? []} events={statusEvents} />
        )}
      </Card>
      {tk.status !== "closed" ? (
        <Card size="small">
          <ReplyBox key={tk.number} ticketRef={tk.number} allowInternal={false} />
        </Card>
      ) : null}
    </Flex>
  );
}
