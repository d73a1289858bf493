import { and, eq } from "drizzle-orm";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findMacro } from "../macros.repository.js";
import { mayEdit } from "../ownership.js";
import { macros } from "../workspace.tables.js";

export async function deleteMacro(s: Services, actor: Actor, id: string) {
  const current = await findMacro(s, actor, id);
  if (!mayEdit(actor, current.ownerId, current.ownerId === null))
    throw new AppError("routing.shared_forbidden");
  await s.db.delete(macros).where(and(eq(macros.tenantId, actor.tenantId), eq(macros.id, id)));
}
