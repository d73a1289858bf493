import { and, eq, or } from "drizzle-orm";
import type { Services } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import type { Actor } from "../../platform/http/actor.js";
import { savedViews } from "./workspace.tables.js";

export const viewDto = (v: typeof savedViews.$inferSelect) => ({
  id: v.id,
  name: v.name,
  filters: v.filters,
  shared: v.shared,
  ownerId: v.ownerId,
  createdAt: v.createdAt.toISOString(),
  updatedAt: v.updatedAt.toISOString(),
});

// Shared views and the actor's own.
export const visibleView = (a: Actor) =>
  and(eq(savedViews.tenantId, a.tenantId), or(eq(savedViews.shared, true), eq(savedViews.ownerId, a.userId)));

export async function findView(s: Services, actor: Actor, id: string) {
  const [row] = await s.db
    .select()
    .from(savedViews)
    .where(and(visibleView(actor), eq(savedViews.id, id)));
  if (!row) throw new AppError("view.not_found");
  return row;
}
