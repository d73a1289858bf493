import { and, eq } from "drizzle-orm";
import type { MacroActions } from "../../../../shared/api/workspace.js";
import { isStaff } from "../../../../shared/roles.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { findUser } from "../../auth/index.js";
import { teamExists } from "../../teams/index.js";
import { findMacro, macroDto } from "../macros.repository.js";
import { lead, mayEdit } from "../ownership.js";
import { macros } from "../workspace.tables.js";

type Bodies = { "zh-CN"?: string; en?: string };
type MacroInput = { name?: string; bodies?: Bodies; shared?: boolean; actions?: MacroActions };

// A macro's team and assignee must exist when it is saved (they are checked again when applied).
async function checkActions(s: Services, actor: Actor, a: MacroActions | undefined) {
  if (a?.teamId && !(await teamExists(s.db, actor.tenantId, a.teamId)))
    throw new AppError("ticket.team_invalid", { id: a.teamId });
  if (a?.assigneeId && a.assigneeId !== "me") {
    const user = await findUser(s.db, actor.tenantId, a.assigneeId);
    if (!user?.active || !isStaff(user.role)) throw new AppError("ticket.assignee_invalid");
  }
}

// Creates a macro (id null) or changes one; changed bodies are merged per language.
export async function saveMacro(s: Services, actor: Actor, id: string | null, input: MacroInput) {
  if (input.bodies && !input.bodies["zh-CN"] && !input.bodies.en) throw new AppError("macro.body_required");
  await checkActions(s, actor, input.actions);
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
        actions: input.actions ?? {},
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
      actions: input.actions,
      updatedAt: now,
    })
    .where(and(eq(macros.tenantId, actor.tenantId), eq(macros.id, id)))
    .returning();
  if (!row) throw new AppError("macro.not_found");
  return macroDto(row);
}
