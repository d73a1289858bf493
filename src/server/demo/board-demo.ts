import { and, asc, count, eq, inArray, isNull } from "drizzle-orm";
import { users } from "../modules/auth/index.js";
import { ticketsView, updateTicket } from "../modules/tickets/index.js";
import type { Services } from "../platform/context.js";
import type { Actor } from "../platform/http/actor.js";

const OPEN_ASSIGNED = [
  "assigned",
  "in_progress",
  "pending_customer",
  "pending_parts",
  "pending_third_party",
] as const;
// 赵敏 is on half days this week: her capacity was cut below what she still holds (by eight
// tickets; when she holds too few, the supervisor gives her urgent queued tickets on top). The load
// board shows her over capacity on first start.
const OVER_BY = 8;
const MIN_CAPACITY = 2;

export async function seedBoardDemo(s: Services, staff: Map<string, Actor>): Promise<void> {
  const manager = staff.get("manager@demo.local");
  const agent = staff.get("agent2@demo.local");
  if (!manager || !agent) return;
  const { tenantId, userId } = agent;
  const [held] = await s.db
    .select({ n: count() })
    .from(ticketsView)
    .where(
      and(
        eq(ticketsView.tenantId, tenantId),
        eq(ticketsView.assigneeId, userId),
        inArray(ticketsView.status, [...OPEN_ASSIGNED]),
      ),
    );
  const holds = Number(held?.n ?? 0);
  const capacity = Math.max(MIN_CAPACITY, holds - OVER_BY);
  await s.db
    .update(users)
    .set({ maxOpenTickets: capacity })
    .where(and(eq(users.tenantId, tenantId), eq(users.id, userId)));
  const missing = capacity + OVER_BY - holds;
  if (missing <= 0) return;
  const queued = await s.db
    .select({ number: ticketsView.number })
    .from(ticketsView)
    .where(
      and(eq(ticketsView.tenantId, tenantId), eq(ticketsView.status, "new"), isNull(ticketsView.assigneeId)),
    )
    .orderBy(asc(ticketsView.priority), asc(ticketsView.createdAt))
    .limit(missing);
  for (const t of queued) await updateTicket(s, manager, t.number, { assigneeId: userId });
}
