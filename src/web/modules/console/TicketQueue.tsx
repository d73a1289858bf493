import { SyncOutlined } from "@ant-design/icons";
import { Alert, Button, Flex, Grid, Typography } from "antd";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { errorText } from "../../app/feedback";
import { useHotkeys } from "../../app/keys";
import type { TicketListItem } from "../../app/types";
import { ListState, LoadMore } from "../../ui/ListState";
import { TicketCardList } from "../../ui/TicketCard";
import { type TicketQuery, useTicketList } from "../tickets/api";
import { QueueBulkBar } from "./QueueBulkBar";
import { type Filters, QueueFilters } from "./QueueFilters";
import { QueueTable, type Sort } from "./QueueTable";

type Props = {
  query: TicketQuery;
  basePath: string;
  filters: Filters;
  onFilters: (f: Filters) => void;
  sort: Sort;
  onSort: (s: Sort) => void;
  // Dealers cannot list staff, so they get no assignee filter.
  staff?: boolean;
  emptyText: string;
};

const SELECTED_KEY = "aftercare.queue.selected";

// Queue with filters, keyset "load more", live refresh and j/k/Enter navigation.
export function TicketQueue(p: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useTicketList(p.query, { live: true });
  const [selected, setSelected] = useState<string | null>(() => sessionStorage.getItem(SELECTED_KEY));

  // Rows ticked for bulk actions (staff only; the phone's card list has none).
  const [checked, setChecked] = useState<string[]>([]);
  // Another view or filter is another list: ticks from the last one would act on unseen rows.
  const queryKey = JSON.stringify(p.query);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query is the trigger, not a value read
  useEffect(() => setChecked([]), [queryKey]);
  const toggleChecked = (id: string) =>
    setChecked((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));

  const select = useCallback((number: string | null) => {
    setSelected(number);
    if (number) sessionStorage.setItem(SELECTED_KEY, number);
  }, []);

  const open = useCallback(
    (tk: Pick<TicketListItem, "number">) => {
      select(tk.number);
      navigate(`${p.basePath}${encodeURIComponent(tk.number)}`);
    },
    [navigate, p.basePath, select],
  );

  const move = (delta: number) => {
    const items = list.items;
    if (items.length === 0) return;
    const idx = items.findIndex((i) => i.number === selected);
    const next = idx < 0 ? 0 : Math.min(items.length - 1, Math.max(0, idx + delta));
    const target = items[next];
    if (target) select(target.number);
  };

  const openSelected = () => {
    const hit = list.items.find((i) => i.number === selected);
    if (hit) open(hit);
  };
  const bulk = p.staff !== false;
  const tickSelected = () => {
    const hit = list.items.find((i) => i.number === selected);
    if (hit && bulk) toggleChecked(hit.id);
  };
  useHotkeys({ j: () => move(1), k: () => move(-1), Enter: openSelected, x: tickSelected });

  useEffect(() => {
    if (!selected) return;
    const row = document.querySelector(`[data-testid="queue-row"][data-number="${CSS.escape(selected)}"]`);
    row?.scrollIntoView({ block: "nearest" });
  }, [selected]);

  const empty = list.items.length === 0;
  const phone = !Grid.useBreakpoint().md;
  const more = (
    <LoadMore
      hasMore={list.hasNextPage}
      loading={list.isFetchingNextPage}
      onMore={list.loadMore}
      count={list.items.length}
    />
  );
  return (
    <section aria-label={t("nav.console")}>
      <QueueFilters value={p.filters} onChange={p.onFilters} showAssignee={p.staff !== false} />
      {list.isError && !empty ? (
        <Alert
          type="warning"
          showIcon
          title={errorText(list.error)}
          action={
            <Button size="small" onClick={() => void list.refetch()}>
              {t("common.retry")}
            </Button>
          }
          style={{ marginBottom: 8 }}
        />
      ) : null}
      <ListState query={list} empty={empty} emptyText={p.emptyText} rows={8}>
        {phone ? (
          // Under 768 px a table leaves the subject no room: the same rows as cards.
          <TicketCardList
            items={list.items}
            basePath={p.basePath}
            testId="queue-row"
            selected={selected}
            onOpen={open}
            more={more}
          />
        ) : (
          <>
            {bulk && checked.length > 0 ? (
              <QueueBulkBar
                rows={list.items.filter((i) => checked.includes(i.id))}
                onClear={() => setChecked([])}
              />
            ) : null}
            <QueueTable
              checked={checked}
              onCheck={bulk ? setChecked : undefined}
              items={list.items}
              loading={list.isPlaceholderData}
              sort={p.sort}
              onSort={p.onSort}
              selected={selected}
              linkTo={(r) => `${p.basePath}${encodeURIComponent(r.number)}`}
              onOpen={open}
            />
            {more}
          </>
        )}
      </ListState>
      <Flex justify="space-between" style={{ marginTop: 4 }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <SyncOutlined spin={list.isFetching && !list.isFetchingNextPage} aria-hidden /> {t("queue.live")}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t("queue.keysHint")}
        </Typography.Text>
      </Flex>
    </section>
  );
}
