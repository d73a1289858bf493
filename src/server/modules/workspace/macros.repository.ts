import { and, eq, isNull, or } from "drizzle-orm";
import type { Services } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import type { Actor } from "../../platform/http/actor.js";
import { macros } from "./workspace.tables.js";

export const macroDto = (m: typeof macros.$inferSelect) => ({
  id: m.id,
  name: m.name,
  bodies: m.bodies,
  actions: m.actions,
  shared: m.ownerId === null,
  ownerId: m.ownerId,
  createdAt: m.createdAt.toISOString(),
  updatedAt: m.updatedAt.toISOString(),
});

// Shared macros and the actor's own.
export const visibleMacro = (a: Actor) =>
  and(eq(macros.tenantId, a.tenantId), or(isNull(macros.ownerId), eq(macros.ownerId, a.userId)));

export async function findMacro(s: Services, actor: Actor, id: string) {
  const [row] = await s.db
    .select()
    .from(macros)
    .where(and(visibleMacro(actor), eq(macros.id, id)));
  if (!row) throw new AppError("macro.not_found");
  return row;
}
