import { and, desc, eq, isNull } from "drizzle-orm";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { notifications } from "../workspace.tables.js";

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
