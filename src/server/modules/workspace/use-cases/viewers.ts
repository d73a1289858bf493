import { and, eq, gt, ne } from "drizzle-orm";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { users } from "../../auth/index.js";
import { ticketIdOf } from "../ticket-of-ref.js";
import { ticketViewers } from "../workspace.tables.js";

// Who else has this ticket open right now, and whether they are typing.
export async function viewers(s: Services, actor: Actor, ref: string) {
  const id = await ticketIdOf(s, actor, ref);
  const rows = await s.db
    .select({
      userId: ticketViewers.userId,
      name: users.name,
      typing: ticketViewers.typing,
      expiresAt: ticketViewers.expiresAt,
    })
    .from(ticketViewers)
    .innerJoin(users, and(eq(users.tenantId, ticketViewers.tenantId), eq(users.id, ticketViewers.userId)))
    .where(
      and(
        eq(ticketViewers.tenantId, actor.tenantId),
        eq(ticketViewers.ticketId, id),
        ne(ticketViewers.userId, actor.userId),
        gt(ticketViewers.expiresAt, s.clock.now()),
      ),
    );
  return {
    items: rows.map((r) => ({
      userId: r.userId,
      name: r.name,
      typing: r.typing,
      expiresAt: r.expiresAt.toISOString(),
    })),
  };
}
