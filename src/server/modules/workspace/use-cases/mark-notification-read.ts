import { and, eq } from "drizzle-orm";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { notifications } from "../workspace.tables.js";

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
