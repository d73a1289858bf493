import { asc } from "drizzle-orm";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { viewDto, visibleView } from "../views.repository.js";
import { savedViews } from "../workspace.tables.js";

export async function listViews(s: Services, actor: Actor) {
  const rows = await s.db.select().from(savedViews).where(visibleView(actor)).orderBy(asc(savedViews.name));
  return rows.map(viewDto);
}
