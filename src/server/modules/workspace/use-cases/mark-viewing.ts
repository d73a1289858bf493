import { and, eq, lt } from "drizzle-orm";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { touchPresence } from "../../presence/index.js";
import { ticketIdOf } from "../ticket-of-ref.js";
import { ticketViewers } from "../workspace.tables.js";
import { viewers } from "./viewers.js";

const VIEWER_TTL_MS = 30_000;

// Heartbeat from an open ticket (every ~10 s); also counts as activity for presence.
export async function markViewing(s: Services, actor: Actor, ref: string, typing: boolean) {
  const id = await ticketIdOf(s, actor, ref);
  const now = s.clock.now();
  const expiresAt = new Date(now.getTime() + VIEWER_TTL_MS);
  await s.db
    .insert(ticketViewers)
    .values({ tenantId: actor.tenantId, ticketId: id, userId: actor.userId, typing, expiresAt })
    .onConflictDoUpdate({
      target: [ticketViewers.tenantId, ticketViewers.ticketId, ticketViewers.userId],
      set: { typing, expiresAt },
    });
  await s.db
    .delete(ticketViewers)
    .where(
      and(
        eq(ticketViewers.tenantId, actor.tenantId),
        eq(ticketViewers.ticketId, id),
        lt(ticketViewers.expiresAt, now),
      ),
    );
  await touchPresence(s.db, actor.tenantId, actor.userId, now);
  return viewers(s, actor, ref);
}
