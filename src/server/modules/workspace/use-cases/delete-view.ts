import { and, eq } from "drizzle-orm";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { mayEdit } from "../ownership.js";
import { findView } from "../views.repository.js";
import { savedViews } from "../workspace.tables.js";

export async function deleteView(s: Services, actor: Actor, id: string) {
  const current = await findView(s, actor, id);
  if (!mayEdit(actor, current.ownerId, current.shared)) throw new AppError("routing.shared_forbidden");
  await s.db.delete(savedViews).where(and(eq(savedViews.tenantId, actor.tenantId), eq(savedViews.id, id)));
}
