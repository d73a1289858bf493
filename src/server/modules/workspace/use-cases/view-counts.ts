import { and, count, eq, inArray, isNull, type SQL } from "drizzle-orm";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { ticketSearchCondition, ticketsView as tickets, ticketVisibility } from "../../tickets/index.js";
import type { ViewFilters } from "../workspace.tables.js";
import { listViews } from "./list-views.js";

// The same filters GET /tickets understands (status, priority, type, assigneeId me|none|id, q).
function viewCondition(f: ViewFilters, actor: Actor): SQL | undefined {
  return and(
    eq(tickets.tenantId, actor.tenantId),
    // A view counts only the tickets its owner may open (a regional manager: their region's).
    ticketVisibility(actor),
    f.status?.length
      ? inArray(tickets.status, f.status as (typeof tickets.$inferSelect.status)[])
      : undefined,
    f.priority?.length
      ? inArray(tickets.priority, f.priority as (typeof tickets.$inferSelect.priority)[])
      : undefined,
    f.type?.length ? inArray(tickets.type, f.type as (typeof tickets.$inferSelect.type)[]) : undefined,
    f.assigneeId === "none"
      ? isNull(tickets.assigneeId)
      : f.assigneeId
        ? eq(tickets.assigneeId, f.assigneeId === "me" ? actor.userId : f.assigneeId)
        : undefined,
    f.q ? ticketSearchCondition(f.q, tickets, actor.tenantId) : undefined,
  );
}

export async function viewCounts(s: Services, actor: Actor) {
  const views = await listViews(s, actor);
  const items = [];
  for (const v of views) {
    const [row] = await s.db.select({ n: count() }).from(tickets).where(viewCondition(v.filters, actor));
    items.push({ viewId: v.id, name: v.name, count: Number(row?.n ?? 0) });
  }
  return { items };
}
