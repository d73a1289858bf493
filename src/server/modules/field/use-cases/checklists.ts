import { and, asc, eq, inArray } from "drizzle-orm";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import type { TPutChecklistTemplate, TTickChecklist } from "../field.schemas.js";
import { checklistTemplates, type VisitChecklistStep, visits } from "../field.tables.js";
import { claimActionKey } from "./action-key.js";
import { recordStep, visitDto, visitInScope } from "./visit-context.js";

// SOP checklists (the knowledge base has no SOP kind with steps, so field keeps its own templates):
// one per visit kind, for a product line (a skill such as "aircon") or for any product line (""). A
// visit copies its template's steps when it is created, so a later template change never rewrites
// a visit under way; the technician ticks them on the phone and check-out waits for the required ones.

const toDto = (t: typeof checklistTemplates.$inferSelect) => ({
  kind: t.kind,
  productLine: t.productLine,
  steps: t.steps,
  updatedAt: t.updatedAt.toISOString(),
});

export async function listChecklistTemplates(s: Services, actor: Actor) {
  const rows = await s.db
    .select()
    .from(checklistTemplates)
    .where(eq(checklistTemplates.tenantId, actor.tenantId))
    .orderBy(asc(checklistTemplates.kind), asc(checklistTemplates.productLine));
  return rows.map(toDto);
}

export async function putChecklistTemplate(s: Services, actor: Actor, input: TPutChecklistTemplate) {
  return s.db.transaction(async (tx) => {
    const productLine = input.productLine ?? "";
    const key = and(
      eq(checklistTemplates.tenantId, actor.tenantId),
      eq(checklistTemplates.kind, input.kind),
      eq(checklistTemplates.productLine, productLine),
    );
    await tx.delete(checklistTemplates).where(key);
    const steps = input.steps.map((st, i) => ({ id: `s${i + 1}`, ...st }));
    const now = s.clock.now();
    if (steps.length > 0)
      await tx
        .insert(checklistTemplates)
        .values({ tenantId: actor.tenantId, kind: input.kind, productLine, steps, updatedAt: now });
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "visit.checklist_template_set",
      entityType: "checklist_template",
      entityId: `${input.kind}:${productLine}`,
      data: { steps: steps.length },
      at: now,
    });
    return { kind: input.kind, productLine, steps, updatedAt: now.toISOString() };
  });
}

// The steps a new visit carries: the template for its kind and one of its product lines, else the
// kind's general one, else none.
export async function checklistFor(
  tx: Db,
  tenantId: string,
  kind: string,
  productLines: readonly string[],
): Promise<VisitChecklistStep[]> {
  const rows = await tx
    .select()
    .from(checklistTemplates)
    .where(
      and(
        eq(checklistTemplates.tenantId, tenantId),
        eq(checklistTemplates.kind, kind),
        inArray(checklistTemplates.productLine, ["", ...productLines]),
      ),
    )
    .orderBy(asc(checklistTemplates.productLine));
  const chosen = rows.find((r) => r.productLine !== "") ?? rows[0];
  return (chosen?.steps ?? []).map((st) => ({ ...st, done: false, doneAt: null }));
}

/** How many required steps are still open (check-out waits for none). */
export const openRequiredSteps = (checklist: readonly VisitChecklistStep[]) =>
  checklist.filter((st) => st.required && !st.done).length;

// The technician (or the desk) ticks or unticks a step while on site; an offline resend under the
// same Idempotency-Key changes nothing twice.
export async function tickChecklist(
  s: Services,
  actor: Actor,
  id: string,
  input: TTickChecklist,
  key?: string,
) {
  return s.db.transaction(async (tx) => {
    const first = await claimActionKey(tx, actor, key, id, `checklist:${input.stepId}`);
    const { visit } = await visitInScope(tx, actor, id, true);
    if (!first) return visitDto(tx, visit);
    const desk = ["admin", "supervisor", "agent"].includes(actor.role);
    if (!desk && !(actor.role === "technician" && actor.userId === visit.technicianId))
      throw new AppError("auth.forbidden");
    if (visit.status !== "on_site")
      throw new AppError("field.invalid_transition", { status: visit.status, action: "checklist" });
    const step = visit.checklist.find((st) => st.id === input.stepId);
    if (!step) throw new AppError("field.checklist_step_not_found");
    const now = s.clock.now();
    const checklist = visit.checklist.map((st) =>
      st.id === input.stepId
        ? { ...st, done: input.done, doneAt: input.done ? now.toISOString() : null }
        : st,
    );
    const [row] = await tx
      .update(visits)
      .set({ checklist, updatedAt: now })
      .where(and(eq(visits.tenantId, actor.tenantId), eq(visits.id, visit.id)))
      .returning();
    if (!row) throw new Error("field: the write returned no row");
    await recordStep(tx, s, actor, row, {
      action: input.done ? "checklist_done" : "checklist_undone",
      from: visit.status,
      to: visit.status,
      stepId: step.id,
    });
    return visitDto(tx, row);
  });
}
