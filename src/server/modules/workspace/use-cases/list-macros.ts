import { asc } from "drizzle-orm";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { macroDto, visibleMacro } from "../macros.repository.js";
import { macros } from "../workspace.tables.js";

export async function listMacros(s: Services, actor: Actor) {
  const rows = await s.db.select().from(macros).where(visibleMacro(actor)).orderBy(asc(macros.name));
  return rows.map(macroDto);
}
