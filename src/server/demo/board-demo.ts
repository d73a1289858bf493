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
// 赵敏 is on half days this week: her capacity was cut to 12 while she still holds more, and the
// supervisor gave her urgent tickets on top. The load board shows her over capacity on first start.
const CUT_CAPACITY = 12;
const OVER_BY = 3;

export async function seedBoardDemo(s: Services, staff: Map<string, Actor>): Promise<void> {
  const manager = staff.get("manager@demo.local");
  const agent = staff.get("agent2@demo.local");
  if (!manager || !agent) return;
  const { tenantId, userId } = agent;
  await s.db
    .update(users)
    .set({ maxOpenTickets: CUT_CAPACITY })
    .where(and(eq(users.tenantId, tenantId), eq(users.id, userId)));
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
  const missing = CUT_CAPACITY + OVER_BY - Number(held?.n ?? 0);
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
