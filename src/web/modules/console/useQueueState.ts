import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import {
  PRIORITIES,
  type Priority,
  STATUSES,
  TICKET_TYPES,
  type TicketStatus,
  type TicketType,
} from "../../app/types";
import type { TicketQuery } from "../tickets/api";
import type { Filters } from "./QueueFilters";
import type { Sort } from "./QueueTable";

const SORTS = ["created_desc", "created_asc", "updated_desc", "priority", "sla_due"] as const;

const pick = <T extends string>(raw: string | null, allowed: readonly T[]): T[] =>
  (raw ?? "").split(",").filter((s): s is T => (allowed as readonly string[]).includes(s));

// Queue view, filters and sort live in the URL so "back" from a ticket restores them.
export function useQueueState<V extends string>(views: readonly V[], defaultView: V) {
  const [params, setParams] = useSearchParams();
  const rawView = params.get("view");
  const view: V = views.find((v) => v === rawView) ?? defaultView;
  const filters: Filters = useMemo(
    () => ({
      status: pick<TicketStatus>(params.get("status"), STATUSES),
      priority: pick<Priority>(params.get("priority"), PRIORITIES),
      type: pick<TicketType>(params.get("type"), TICKET_TYPES),
      assignee: params.get("assignee") ?? undefined,
      team: params.get("team") ?? undefined,
      q: params.get("q") ?? "",
    }),
    [params],
  );
  const sort: Sort = pick(params.get("sort"), SORTS)[0];

  const update = useCallback(
    (next: { view?: V; filters?: Filters; sort?: Sort | null }) => {
      setParams(
        (prev) => {
          const p = new URLSearchParams(prev);
          const set = (k: string, v: string | undefined) => (v ? p.set(k, v) : p.delete(k));
          if (next.view !== undefined) set("view", next.view === defaultView ? undefined : next.view);
          if (next.filters) {
            set("status", next.filters.status.join(","));
            set("priority", next.filters.priority.join(","));
            set("type", next.filters.type.join(","));
            set("assignee", next.filters.assignee);
            set("team", next.filters.team);
            set("q", next.filters.q);
          }
          if (next.sort !== undefined) set("sort", next.sort ?? undefined);
          return p;
        },
        { replace: true },
      );
    },
    [setParams, defaultView],
  );

  return { view, filters, sort, update };
}

// A saved view's query narrowed by the filters the user picked on top of it.
// A search looks through every ticket the user may see, whatever the view.
export function queueQuery(view: TicketQuery, f: Filters, sort: Sort): TicketQuery {
  const base = f.q ? {} : view;
  return {
    ...base,
    status: f.status.length > 0 ? f.status : base.status,
    priority: f.priority.length > 0 ? f.priority : undefined,
    type: f.type.length > 0 ? f.type : undefined,
    assigneeId: f.assignee ?? base.assigneeId,
    teamId: f.team,
    q: f.q || undefined,
    // A view may bring its own order (SLA views: due soonest) unless the user picked one.
    sort: sort ?? base.sort,
  };
}
