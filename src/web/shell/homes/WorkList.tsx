import { Card, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { type TicketQuery, useTicketList } from "../../modules/tickets/api";
import { ListState, LoadMore } from "../../ui/ListState";
import { TicketCardList } from "../../ui/TicketCard";

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
        <TicketCardList
          items={list.items}
          basePath="/console/tickets/"
          testId="work-item"
          more={
            <LoadMore
              hasMore={list.hasNextPage}
              loading={list.isFetchingNextPage}
              onMore={list.loadMore}
              count={list.items.length}
            />
          }
        />
      </ListState>
      {list.isError && list.items.length > 0 ? (
        <Typography.Text type="danger">{t("list.errorTitle")}</Typography.Text>
      ) : null}
    </Card>
  );
}
