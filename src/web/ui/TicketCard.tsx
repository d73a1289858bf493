import { Flex, List, Typography } from "antd";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { TimeText } from "../app/format";
import type { TicketListItem } from "../app/types";
import { PriorityTag } from "./PriorityTag";
import { SlaTag } from "./SlaTag";
import { StatusTag } from "./StatusTag";

type Props = {
  tk: TicketListItem;
  href: string;
  testId: string;
  selected?: boolean;
  onOpen?: (tk: TicketListItem) => void;
};

// One ticket as a list row for narrow screens: the subject gets the full width (two lines),
// tags wrap under it instead of squeezing it to nothing as table columns would.
function TicketCard({ tk, href, testId, selected, onOpen }: Props) {
  return (
    <List.Item
      data-testid={testId}
      data-number={tk.number}
      aria-selected={selected}
      onClick={onOpen ? () => onOpen(tk) : undefined}
      style={{
        display: "block",
        cursor: onOpen ? "pointer" : undefined,
        background: selected ? "#e6f4ff" : undefined,
        paddingInline: 8,
      }}
    >
      <Flex justify="space-between" gap={8} wrap>
        <Link to={href} style={{ fontWeight: 500 }} onClick={(e) => e.stopPropagation()}>
          {tk.number}
        </Link>
        <SlaTag state={tk.slaState} dueAt={tk.slaDueAt} />
      </Flex>
      <Typography.Paragraph style={{ margin: "4px 0" }} ellipsis={{ rows: 2 }}>
        {tk.subject}
      </Typography.Paragraph>
      <Flex gap={4} wrap align="center">
        <StatusTag status={tk.status} />
        <PriorityTag priority={tk.priority} />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {tk.customerName} · <TimeText iso={tk.updatedAt} />
        </Typography.Text>
      </Flex>
    </List.Item>
  );
}

// Tickets as cards with the list's own "load more" under them (queue on a phone, role homes).
export function TicketCardList({
  items,
  basePath,
  testId,
  selected,
  onOpen,
  more,
}: {
  items: TicketListItem[];
  basePath: string;
  testId: string;
  selected?: string | null;
  onOpen?: (tk: TicketListItem) => void;
  more: ReactNode;
}) {
  return (
    <>
      <List
        dataSource={items}
        renderItem={(tk) => (
          <TicketCard
            key={tk.id}
            tk={tk}
            testId={testId}
            href={`${basePath}${encodeURIComponent(tk.number)}`}
            selected={selected === tk.number}
            onOpen={onOpen}
          />
        )}
      />
      {more}
    </>
  );
}
