import { and, eq } from "drizzle-orm";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { lead, mayEdit } from "../ownership.js";
import { findView, viewDto } from "../views.repository.js";
import { savedViews, type ViewFilters } from "../workspace.tables.js";

type ViewInput = { name?: string; filters?: ViewFilters; shared?: boolean };

// Creates a saved view (id null) or changes one.
export async function saveView(s: Services, actor: Actor, id: string | null, input: ViewInput) {
  const now = s.clock.now();
  if (input.shared && !lead(actor)) throw new AppError("routing.shared_forbidden");
  if (!id) {
    const [row] = await s.db
      .insert(savedViews)
      .values({
        id: newId("view"),
        tenantId: actor.tenantId,
        ownerId: actor.userId,
        name: input.name ?? "",
        filters: input.filters ?? {},
        shared: input.shared ?? false,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error("insert saved_views returned nothing");
    return viewDto(row);
  }
  const current = await findView(s, actor, id);
  if (!mayEdit(actor, current.ownerId, current.shared)) throw new AppError("routing.shared_forbidden");
  const [row] = await s.db
    .update(savedViews)
    .set({ name: input.name, filters: input.filters, shared: input.shared, updatedAt: now })
    .where(and(eq(savedViews.tenantId, actor.tenantId), eq(savedViews.id, id)))
    .returning();
  if (!row) throw new AppError("view.not_found");
  return viewDto(row);
}
