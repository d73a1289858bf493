import { and, eq } from "drizzle-orm";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { findMacro, macroDto } from "../macros.repository.js";
import { lead, mayEdit } from "../ownership.js";
import { macros } from "../workspace.tables.js";

type Bodies = { "zh-CN"?: string; en?: string };
type MacroInput = { name?: string; bodies?: Bodies; shared?: boolean };

// Creates a macro (id null) or changes one; changed bodies are merged per language.
export async function saveMacro(s: Services, actor: Actor, id: string | null, input: MacroInput) {
  if (input.bodies && !input.bodies["zh-CN"] && !input.bodies.en) throw new AppError("macro.body_required");
  const now = s.clock.now();
  if (!id) {
    if (input.shared && !lead(actor)) throw new AppError("routing.shared_forbidden");
    if (!input.bodies) throw new AppError("macro.body_required");
    const [row] = await s.db
      .insert(macros)
      .values({
        id: newId("mac"),
        tenantId: actor.tenantId,
        name: input.name ?? "",
        ownerId: input.shared ? null : actor.userId,
        bodies: input.bodies,
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error("insert macros returned nothing");
    return macroDto(row);
  }
  const current = await findMacro(s, actor, id);
  if (!mayEdit(actor, current.ownerId, current.ownerId === null))
    throw new AppError("routing.shared_forbidden");
  const [row] = await s.db
    .update(macros)
    .set({
      name: input.name,
      bodies: input.bodies ? { ...current.bodies, ...input.bodies } : undefined,
      updatedAt: now,
    })
    .where(and(eq(macros.tenantId, actor.tenantId), eq(macros.id, id)))
    .returning();
  if (!row) throw new AppError("macro.not_found");
  return macroDto(row);
}
