import { and, desc, eq, gt, isNull, lt, ne } from "drizzle-orm";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { users } from "../../auth/index.js";
import { findTicket } from "../../tickets/index.js";
import { touchPresence } from "../routing.repository.js";
import { notifications, ticketViewers } from "../routing.tables.js";

const VIEWER_TTL_MS = 30_000;

async function ticketId(s: Services, actor: Actor, ref: string): Promise<string> {
  const t = await findTicket(s.db, actor.tenantId, ref);
  if (!t) throw new AppError("ticket.not_found");
  return t.id;
}

// Heartbeat from an open ticket (every ~10 s); also counts as activity for presence.
export async function markViewing(s: Services, actor: Actor, ref: string, typing: boolean) {
  const id = await ticketId(s, actor, ref);
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

// Who else has this ticket open right now, and whether they are typing.
export async function viewers(s: Services, actor: Actor, ref: string) {
  const id = await ticketId(s, actor, ref);
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

export async function listNotifications(s: Services, actor: Actor, unreadOnly: boolean) {
  const rows = await s.db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.tenantId, actor.tenantId),
        eq(notifications.userId, actor.userId),
        unreadOnly ? isNull(notifications.readAt) : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt))
    .limit(200);
  return {
    items: rows.map((n) => ({
      id: n.id,
      kind: n.kind,
      ticketId: n.ticketId,
      data: n.data,
      createdAt: n.createdAt.toISOString(),
      readAt: n.readAt?.toISOString() ?? null,
    })),
  };
}

export async function markNotificationRead(s: Services, actor: Actor, id: string) {
  const rows = await s.db
    .update(notifications)
    .set({ readAt: s.clock.now() })
    .where(
      and(
        eq(notifications.tenantId, actor.tenantId),
        eq(notifications.userId, actor.userId),
        eq(notifications.id, id),
      ),
    )
    .returning({ id: notifications.id });
  if (rows.length === 0) throw new AppError("notification.not_found");
}

// Everything the caller has not read yet, and nobody else's: scoped by tenant and user like the rest.
export async function markAllNotificationsRead(s: Services, actor: Actor) {
  const rows = await s.db
    .update(notifications)
    .set({ readAt: s.clock.now() })
    .where(
      and(
        eq(notifications.tenantId, actor.tenantId),
        eq(notifications.userId, actor.userId),
        isNull(notifications.readAt),
      ),
    )
    .returning({ id: notifications.id });
  return { count: rows.length };
}
