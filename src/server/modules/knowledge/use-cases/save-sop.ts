import type { z } from "@hono/zod-openapi";
import type { ZSopInput } from "../../../../shared/api/sops.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { findSop, insertSop, updateSopRow } from "../sops/sop-repository.js";
import { syncVisitChecklist } from "../sops/sop-visit-checklist.js";
import { numberSteps, recordSopVersion, sopDto } from "../sops/sop-writes.js";

type SopInput = z.output<typeof ZSopInput>;

const fields = (input: SopInput) => ({
  scene: input.scene,
  titleZh: input.titleZh,
  titleEn: input.titleEn,
  ticketTypes: [...new Set(input.ticketTypes)],
  productLine: input.productLine ?? null,
  visitKind: input.visitKind ?? null,
  required: input.required,
  steps: numberSteps(input.steps),
});

// A new SOP starts as a draft; it applies to tickets and visits once published.
export async function createSop(s: Services, a: Actor, input: SopInput) {
  return s.db.transaction(async (tx) => {
    const now = s.clock.now();
    const row = await insertSop(tx, {
      id: newId("sop"),
      tenantId: a.tenantId,
      ...fields(input),
      status: "draft",
      updatedBy: a.userId,
      createdAt: now,
      updatedAt: now,
    });
    await recordSopVersion(tx, s, a, row, "kb.sop_created");
    return sopDto(row);
  });
}

// Every save is a new version; a published SOP stays published (its visit checklist follows).
export async function updateSop(s: Services, a: Actor, id: string, input: SopInput) {
  const saved = await s.db.transaction(async (tx) => {
    const current = await findSop(tx, a.tenantId, id, true);
    if (!current) throw new AppError("kb.sop_not_found");
    const row = await updateSopRow(tx, a.tenantId, id, {
      ...fields(input),
      version: current.version + 1,
      updatedBy: a.userId,
      updatedAt: s.clock.now(),
    });
    await recordSopVersion(tx, s, a, row, "kb.sop_updated");
    return { row, before: current };
  });
  await syncVisitChecklist(s, a, saved.before, saved.row);
  return sopDto(saved.row);
}
