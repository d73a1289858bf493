import { BellOutlined, RightOutlined } from "@ant-design/icons";
import { Card, Flex, Tabs, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { TimeText } from "../../app/format";
import { useCursorList } from "../../app/lists";
import type { TicketListItem } from "../../app/types";
import { ListState, LoadMore } from "../../ui/ListState";
import { StatusTag } from "../../ui/StatusTag";
import { handlerText } from "./handler";
import { ProgressBar } from "./progress";
import { ResolutionButtons } from "./ResolutionPrompt";

// Open requests apart from closed ones; those waiting for the customer's "fixed?" answer are
// pinned above both, with the answer right there.
const OPEN = "new,assigned,in_progress,pending_customer,pending_parts,pending_third_party";
const ticketPath = (number: string) => `/portal/tickets/${encodeURIComponent(number)}`;

function useRequests(status: string, enabled = true) {
  return useCursorList<TicketListItem>(
    ["tickets"],
    "/tickets",
    { sort: "updated_desc", status },
    { refetchInterval: 10_000, limit: 20, enabled },
  );
}

function TicketCard({ ticket }: { ticket: TicketListItem }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const open = () => navigate(ticketPath(ticket.number));
  return (
    <Card
      size="small"
      data-testid="portal-ticket"
      data-number={ticket.number}
      onClick={open}
      role="link"
      tabIndex={0}
      onKeyDown={(e) => {
        if (e.key === "Enter") open();
      }}
      aria-label={`${ticket.number} ${ticket.subject}`}
      style={{ cursor: "pointer" }}
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
        <span data-testid="portal-ticket-handler">
          {handlerText(t, ticket.assigneeName, ticket.assigneeRole, ticket.status)}
        </span>
        <span>
          <TimeText iso={ticket.updatedAt ?? ticket.createdAt} /> <RightOutlined aria-hidden />
        </span>
      </Flex>
    </Card>
  );
}

function RequestList({ status, emptyText }: { status: string; emptyText: React.ReactNode }) {
  const list = useRequests(status);
  return (
    <ListState query={list} empty={list.items.length === 0} rows={3} emptyText={emptyText}>
      <Flex vertical gap={8}>
        {list.items.map((tk) => (
          <TicketCard key={tk.id} ticket={tk} />
        ))}
      </Flex>
      <LoadMore
        hasMore={list.hasNextPage}
        loading={list.isFetchingNextPage}
        onMore={list.loadMore}
        count={list.items.length}
      />
    </ListState>
  );
}

export function PleaseConfirm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const waiting = useRequests("resolved");
  if (waiting.items.length === 0) return null;
  return (
    <section aria-labelledby="please-confirm" data-testid="portal-please-confirm">
      <Typography.Title level={5} id="please-confirm" style={{ marginTop: 0 }}>
        <BellOutlined /> {t("portal.confirmTitle")}
      </Typography.Title>
      <Flex vertical gap={12}>
        {waiting.items.map((tk) => (
          <Card
            key={tk.id}
            size="small"
            style={{ borderColor: "#b7eb8f", background: "#f6ffed" }}
            styles={{ body: { display: "flex", flexDirection: "column", gap: 8 } }}
            data-testid="portal-confirm-card"
            data-number={tk.number}
          >
            <TicketCard ticket={tk} />
            <Typography.Text>{t("portal.confirmHint")}</Typography.Text>
            <ResolutionButtons
              number={tk.number}
              compact
              onConfirmed={() => navigate(ticketPath(tk.number))}
            />
          </Card>
        ))}
      </Flex>
    </section>
  );
}

export function MyRequests() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="my-requests">
      <Typography.Title level={5} id="my-requests" style={{ marginTop: 0 }}>
        {t("portal.myRequests")}
      </Typography.Title>
      <Tabs
        data-testid="portal-request-tabs"
        items={[
          {
            key: "open",
            label: <span data-testid="portal-tab-open">{t("portal.openTab")}</span>,
            children: (
              <RequestList
                status={OPEN}
                emptyText={
                  <span>
                    {t("portal.noOpen")}
                    <br />
                    {t("portal.noRequestsHint")}
                  </span>
                }
              />
            ),
          },
          {
            key: "closed",
            label: <span data-testid="portal-tab-closed">{t("portal.closedTab")}</span>,
            children: <RequestList status="closed" emptyText={t("portal.noClosed")} />,
          },
        ]}
      />
    </section>
  );
}
