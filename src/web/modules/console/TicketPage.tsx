import { ArrowLeftOutlined } from "@ant-design/icons";
import { Button, Card, Col, Result, Row, Skeleton, Typography } from "antd";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { ApiError } from "../../app/api";
import { useUser } from "../../app/auth";
import { useHotkeys } from "../../app/keys";
import { isStaff } from "../../app/types";
import { useTitle } from "../../app/useTitle";
import { AttachmentList } from "../../ui/AttachmentList";
import { GivenRating } from "../../ui/GivenRating";
import { ErrorState } from "../../ui/ListState";
import { CustomerChannels } from "../channels/CustomerChannels";
import { TicketOrigin } from "../channels/TicketOrigin";
import { ComplaintPanel } from "../complaints/ComplaintPanel";
import { RaiseComplaint } from "../complaints/RaiseComplaint";
import { TicketKnowledge } from "../knowledge/TicketKnowledge";
import { TicketSopChecklist } from "../knowledge/TicketSopChecklist";
import { TicketParts } from "../parts/TicketParts";
import { CollisionNotice } from "../routing/CollisionNotice";
import { SlaPanel } from "../sla/SlaPanel";
import { useEvents, useMessages, useTicket } from "../tickets/api";
import { ReplyBox, type ReplyBoxHandle } from "../tickets/ReplyBox";
import { Timeline } from "../tickets/Timeline";
import { useStaffNames } from "../users/api";
import { RmaPanel } from "../warranty/RmaPanel";
import { WhyPanel } from "../warranty/WhyPanel";
import { Customer360 } from "./Customer360";
import { NextTicketButton } from "./NextTicketButton";
import { ShortcutsHelp } from "./ShortcutsHelp";
import { TicketHeader } from "./TicketHeader";

// Back keeps the queue's filters and scroll when we came from it; a direct link goes to the queue.
function goBack(navigate: ReturnType<typeof useNavigate>, fallback: string) {
  const idx = (window.history.state as { idx?: number } | null)?.idx ?? 0;
  if (idx > 0) navigate(-1);
  else navigate(fallback);
}

// Ticket page for staff (full controls) and dealers (their outlet's case, public side only).
export default function TicketPage() {
  const { t } = useTranslation();
  const { ref = "" } = useParams();
  const user = useUser();
  const staff = isStaff(user.role);
  const base = staff ? "/console" : "/dealer";
  const navigate = useNavigate();
  const ticket = useTicket(ref);
  const messages = useMessages(ref);
  const events = useEvents(ref);
  const names = useStaffNames(staff);
  const reply = useRef<ReplyBoxHandle>(null);
  const [typing, setTyping] = useState(false);
  useTitle(ticket.data ? `${ticket.data.number} ${ticket.data.subject}` : ref);

  useHotkeys({
    r: () => reply.current?.focus("public"),
    n: () => staff && reply.current?.focus("internal"),
  });

  const back = (
    <Button
      type="link"
      icon={<ArrowLeftOutlined />}
      onClick={() => goBack(navigate, base)}
      style={{ paddingInline: 0 }}
    >
      {t("ticket.backToQueue")}
    </Button>
  );

  if (ticket.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (ticket.isError) {
    if (ticket.error instanceof ApiError && ticket.error.status === 404) {
      return (
        <Result
          status="404"
          subTitle={t("ticket.notFound")}
          extra={<Button onClick={() => navigate(base)}>{t("ticket.backToQueue")}</Button>}
        />
      );
    }
    return <ErrorState error={ticket.error} onRetry={() => void ticket.refetch()} />;
  }
  const tk = ticket.data;

  return (
    <div style={{ maxWidth: 1600, margin: "0 auto" }}>
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center" }}>
        {back}
        {staff ? (
          <span style={{ display: "flex", gap: 8, alignItems: "center" }}>
            {base === "/console" ? <NextTicketButton current={tk.number} /> : null}
            <ShortcutsHelp />
          </span>
        ) : null}
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16} xxl={17}>
          <div style={{ display: "flex", flexDirection: "column", gap: 16 }}>
            {staff ? <CollisionNotice ticketRef={tk.number} typing={typing} /> : null}
            <TicketHeader ticket={tk} staff={staff} />
            {staff && tk.type === "complaint" ? (
              <ComplaintPanel
                ticketRef={tk.number}
                ticketUpdatedAt={tk.updatedAt}
                role={user.role}
                basePath={`${base}/tickets/`}
              />
            ) : null}
            <Card size="small" title={t("ticket.description")}>
              <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 8 }}>
                {tk.description}
              </Typography.Paragraph>
              <AttachmentList items={tk.attachments} />
            </Card>
            <Card size="small" title={t("timeline.title")}>
              {messages.isPending || events.isPending ? (
                <Skeleton active paragraph={{ rows: 4 }} />
              ) : messages.isError ? (
                <ErrorState error={messages.error} onRetry={() => void messages.refetch()} />
              ) : (
                <Timeline
                  messages={messages.data?.items ?? []}
                  events={events.data?.items ?? []}
                  names={names}
                />
              )}
            </Card>
            <Card size="small">
              <ReplyBox
                key={tk.number}
                ref={reply}
                ticketRef={tk.number}
                allowInternal={staff}
                onTyping={staff ? setTyping : undefined}
                thenActions={staff ? tk.allowedActions : undefined}
              />
            </Card>
          </div>
        </Col>
        <Col xs={24} lg={8} xxl={7}>
          <div style={{ display: "flex", flexDirection: "column", gap: 12 }}>
            {staff && tk.rating ? (
              <GivenRating rating={tk.rating} title={t("ticket.customerRating")} testId="ticket-rating" />
            ) : null}
            {staff ? <SlaPanel ticketRef={tk.number} /> : null}
            {staff ? <TicketSopChecklist ticketRef={tk.number} /> : null}
            {staff ? <TicketKnowledge ticketRef={tk.number} status={tk.status} /> : null}
            {staff ? (
              <RmaPanel
                ticketRef={tk.number}
                unitSerial={tk.unitSerial}
                openedAt={tk.createdAt}
                role={user.role}
                basePath="/console/rmas/"
              />
            ) : null}
            {staff && tk.unitSerial ? <WhyPanel unitSerial={tk.unitSerial} openedAt={tk.createdAt} /> : null}
            {staff ? <TicketParts ticketRef={tk.number} status={tk.status} /> : null}
            {staff && tk.type !== "complaint" && ["agent", "supervisor", "admin"].includes(user.role) ? (
              <RaiseComplaint ticketRef={tk.number} basePath={`${base}/tickets/`} />
            ) : null}
            <TicketOrigin ticketRef={tk.number} />
            <Customer360 ticket={tk} basePath={`${base}/tickets/`} />
            {staff ? (
              <CustomerChannels
                ticketRef={tk.number}
                customerId={tk.customerId}
                basePath={`${base}/tickets/`}
              />
            ) : null}
          </div>
        </Col>
      </Row>
    </div>
  );
}
