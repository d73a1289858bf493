import { and, eq, isNull } from "drizzle-orm";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { notifications } from "../workspace.tables.js";

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
