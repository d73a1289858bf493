import { HolderOutlined, MoreOutlined } from "@ant-design/icons";
import { Button, Dropdown, Flex, Skeleton, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { PriorityTag } from "../../ui/PriorityTag";
import { StatusTag } from "../../ui/StatusTag";
import { type AgentLoad, useAgentTickets } from "./api";

export type Dragged = { number: string; fromId: string };

const ticketPath = (number: string) => `/console/tickets/${encodeURIComponent(number)}`;

// One person's open tickets; each row can be dragged onto another person's card, or reassigned
// from its menu (the keyboard's way: Tab to ⋯, Enter, arrows).
export function AgentTickets({
  agent,
  onReassign,
}: {
  agent: AgentLoad;
  onReassign: (number: string) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useAgentTickets(agent.userId);
  if (list.isPending) return <Skeleton active title={false} paragraph={{ rows: 2 }} />;
  if (list.isError && !list.data)
    return <Typography.Text type="danger">{t("routing.board.ticketsError")}</Typography.Text>;
  const items = list.data?.items ?? [];
  if (items.length === 0)
    return <Typography.Text type="secondary">{t("routing.board.noTickets")}</Typography.Text>;
  return (
    <ul
      style={{
        listStyle: "none",
        margin: 0,
        padding: 0,
        display: "flex",
        flexDirection: "column",
        gap: 4,
        // A long queue scrolls inside its card, so every card stays in reach as a drop target.
        maxHeight: 380,
        overflowY: "auto",
      }}
    >
      {items.map((tk) => (
        <li
          key={tk.id}
          draggable
          data-testid="agent-ticket"
          data-number={tk.number}
          onDragStart={(e) => {
            const d: Dragged = { number: tk.number, fromId: agent.userId };
            e.dataTransfer.setData("application/x-aftercare-ticket", JSON.stringify(d));
            e.dataTransfer.setData("text/plain", tk.number);
            e.dataTransfer.effectAllowed = "move";
          }}
          style={{
            border: "1px solid #f0f0f0",
            borderRadius: 6,
            padding: "4px 6px",
            cursor: "grab",
            background: "#fff",
          }}
        >
          {/* Two lines, so the status tag is never clipped in a narrow card (English is long). */}
          <Flex align="center" gap={6}>
            <HolderOutlined aria-hidden style={{ color: "#bfbfbf" }} />
            <PriorityTag priority={tk.priority} />
            <Link to={ticketPath(tk.number)} draggable={false} style={{ whiteSpace: "nowrap" }}>
              {tk.number}
            </Link>
            <Dropdown
              trigger={["click"]}
              menu={{
                items: [
                  {
                    key: "reassign",
                    label: <span data-testid="menu-reassign">{t("routing.board.reassignTo")}</span>,
                  },
                  { key: "open", label: t("routing.board.openTicket") },
                ],
                onClick: ({ key }) =>
                  key === "reassign" ? onReassign(tk.number) : void navigate(ticketPath(tk.number)),
              }}
            >
              <Button
                type="text"
                size="small"
                icon={<MoreOutlined />}
                data-testid="ticket-menu"
                aria-label={t("routing.board.ticketMenu", { number: tk.number })}
                style={{ marginInlineStart: "auto" }}
              />
            </Dropdown>
          </Flex>
          <Flex align="center" gap={6} style={{ paddingInlineStart: 20, marginTop: 2 }}>
            <StatusTag status={tk.status} />
            <Typography.Text ellipsis={{ tooltip: tk.subject }} style={{ flex: 1, minWidth: 0 }}>
              {tk.subject}
            </Typography.Text>
          </Flex>
        </li>
      ))}
    </ul>
  );
}
