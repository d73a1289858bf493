import { Card, Flex, List, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { TimeText } from "../../app/format";
import type { TicketListItem } from "../../app/types";
import { type TicketQuery, useTicketList } from "../../modules/tickets/api";
import { ListState, LoadMore } from "../../ui/ListState";
import { PriorityTag } from "../../ui/PriorityTag";
import { SlaTag } from "../../ui/SlaTag";
import { StatusTag } from "../../ui/StatusTag";

// One ticket as a card row: readable at 360 px, where a table would squeeze the subject to nothing.
function WorkItem({ tk }: { tk: TicketListItem }) {
  return (
    <List.Item data-testid="work-item" data-number={tk.number} style={{ display: "block" }}>
      <Flex justify="space-between" gap={8} wrap>
        <Link to={`/console/tickets/${encodeURIComponent(tk.number)}`} style={{ fontWeight: 500 }}>
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
        <Typography.Text type="secondary">
          {tk.customerName} · <TimeText iso={tk.updatedAt} />
        </Typography.Text>
      </Flex>
    </List.Item>
  );
}

// A titled list of tickets for a role home (technician jobs, QA reviews), live like the queue.
export function WorkList({
  title,
  query,
  emptyText,
  testId,
}: {
  title: string;
  query: TicketQuery;
  emptyText: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const list = useTicketList(query, { live: true, limit: 20 });
  return (
    <Card size="small" title={title} data-testid={testId}>
      <ListState query={list} empty={list.items.length === 0} emptyText={emptyText}>
        <List dataSource={list.items} renderItem={(tk) => <WorkItem key={tk.id} tk={tk} />} />
        <LoadMore
          hasMore={list.hasNextPage}
          loading={list.isFetchingNextPage}
          onMore={list.loadMore}
          count={list.items.length}
        />
      </ListState>
      {list.isError && list.items.length > 0 ? (
        <Typography.Text type="danger">{t("list.errorTitle")}</Typography.Text>
      ) : null}
    </Card>
  );
}
