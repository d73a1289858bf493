import { and, asc, desc, eq, gt, inArray, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { type CursorPart, decodeCursor, keysetPage } from "../../../platform/http/cursor.js";
import { searchPage, ticketSearchCondition } from "../ticket-search.js";
import { toTicketListItem } from "../ticket-views.js";
import {
  assigneeCondition,
  selectTicketsWithNames,
  type TicketListRow,
  ticketVisibility,
} from "../tickets.repository.js";
import type { TTicketQuery } from "../tickets.schemas.js";
import { tickets } from "../tickets.tables.js";

const OPEN_STATUSES = [
  "new",
  "assigned",
  "in_progress",
  "pending_customer",
  "pending_parts",
  "pending_third_party",
] as const;

const NO_DUE = new Date("9999-12-31T00:00:00Z");

type SortKey = {
  value: (r: TicketListRow) => string | number;
  column: AnyPgColumn;
  dir: "asc" | "desc";
  kind: "date" | "text";
  // What the cursor must carry when it differs from how the value is compared.
  cursorKind?: CursorPart;
};

const SORTS: Record<TTicketQuery["sort"], SortKey[]> = {
  created_desc: [
    { value: (r) => r.ticket.createdAt.toISOString(), column: tickets.createdAt, dir: "desc", kind: "date" },
    { value: (r) => r.ticket.id, column: tickets.id, dir: "desc", kind: "text" },
  ],
  created_asc: [
    { value: (r) => r.ticket.createdAt.toISOString(), column: tickets.createdAt, dir: "asc", kind: "date" },
    { value: (r) => r.ticket.id, column: tickets.id, dir: "asc", kind: "text" },
  ],
  updated_desc: [
    { value: (r) => r.ticket.updatedAt.toISOString(), column: tickets.updatedAt, dir: "desc", kind: "date" },
    { value: (r) => r.ticket.id, column: tickets.id, dir: "desc", kind: "text" },
  ],
  priority: [
    { value: (r) => r.ticket.priority, column: tickets.priority, dir: "asc", kind: "text" },
    { value: (r) => r.ticket.createdAt.toISOString(), column: tickets.createdAt, dir: "desc", kind: "date" },
    { value: (r) => r.ticket.id, column: tickets.id, dir: "desc", kind: "text" },
  ],
  // Due soonest first; tickets without a running SLA target go last.
  sla_due: [
    {
      value: (r) => (r.ticket.slaDueAt ?? NO_DUE).toISOString(),
      // An expression, not a column: compared as text cast by PostgreSQL to timestamptz.
      column:
        sql`coalesce(${tickets.slaDueAt}, ${NO_DUE.toISOString()}::timestamptz)` as unknown as AnyPgColumn,
      dir: "asc",
      kind: "text",
      cursorKind: "date",
    },
    { value: (r) => r.ticket.id, column: tickets.id, dir: "asc", kind: "text" },
  ],
};

// Keyset condition "after the cursor row" for a mixed-direction sort: (a > x) or (a = x and b < y) …
function afterCursor(keys: SortKey[], values: (string | number)[]): SQL | undefined {
  const typed = (k: SortKey, v: string | number) => (k.kind === "date" ? new Date(String(v)) : String(v));
  const branches: SQL[] = [];
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const v = values[i];
    if (!k || v === undefined) throw new AppError("request.invalid_cursor");
    const equalities = keys.slice(0, i).map((p, j) => eq(p.column, typed(p, values[j] as string)));
    const cmp = k.dir === "asc" ? gt(k.column, typed(k, v)) : lt(k.column, typed(k, v));
    const branch = and(...equalities, cmp);
    if (branch) branches.push(branch);
  }
  return or(...branches);
}

export async function searchTickets(s: Services, actor: Actor, q: TTicketQuery) {
  const keys = SORTS[q.sort];
  const cursor = decodeCursor(
    q.cursor,
    keys.map((k) => k.cursorKind ?? k.kind),
  );
  const statuses = q.status?.flatMap((st) => (st === "open" ? [...OPEN_STATUSES] : [st]));
  const where = and(
    eq(tickets.tenantId, actor.tenantId),
    ticketVisibility(actor),
    statuses ? inArray(tickets.status, statuses) : undefined,
    q.priority ? inArray(tickets.priority, q.priority) : undefined,
    q.type ? inArray(tickets.type, q.type) : undefined,
    q.channel ? eq(tickets.channel, q.channel) : undefined,
    q.assigneeId ? assigneeCondition(q.assigneeId, actor) : undefined,
    q.customerId ? eq(tickets.customerId, q.customerId) : undefined,
    q.slaState ? inArray(tickets.slaState, q.slaState) : undefined,
    q.teamId ? (q.teamId === "none" ? isNull(tickets.teamId) : eq(tickets.teamId, q.teamId)) : undefined,
    cursor ? afterCursor(keys, cursor) : undefined,
  );
  // The page of ticket ids first (an index scan that stops after limit+1 rows), then the names
  // for just those rows: joining before the limit would join every matching ticket. A search
  // whose match count the planner cannot estimate pages itself (see searchPage).
  const ids =
    (q.q ? await searchPage(s.db, where, q.q, q.sort, q.limit + 1, actor.tenantId) : null) ??
    (
      await s.db
        .select({ id: tickets.id })
        .from(tickets)
        .where(and(where, q.q ? ticketSearchCondition(q.q, tickets, actor.tenantId) : undefined))
        .orderBy(...keys.map((k) => (k.dir === "asc" ? asc(k.column) : desc(k.column))))
        .limit(q.limit + 1)
    ).map((r) => r.id);
  const named =
    ids.length === 0
      ? []
      : await selectTicketsWithNames(s.db).where(
          and(eq(tickets.tenantId, actor.tenantId), inArray(tickets.id, ids)),
        );
  const byId = new Map(named.map((r) => [r.ticket.id, r]));
  const rows = ids.flatMap((id) => byId.get(id) ?? []);
  return keysetPage(rows, q.limit, (last) => keys.map((k) => k.value(last)), toTicketListItem);
}
