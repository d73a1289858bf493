import type { z } from "@hono/zod-openapi";
import type { Sop, ZSopStepInput } from "../../../../shared/api/sops.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import type { SopStep } from "../knowledge.tables.js";
import { insertSopVersion, type SopRow } from "./sop-repository.js";

export const sopDto = (r: SopRow): Sop => ({
  id: r.id,
  scene: r.scene as Sop["scene"],
  titleZh: r.titleZh,
  titleEn: r.titleEn,
  ticketTypes: r.ticketTypes as Sop["ticketTypes"],
  productLine: r.productLine,
  visitKind: r.visitKind as Sop["visitKind"],
  required: r.required,
  steps: r.steps,
  status: r.status,
  version: r.version,
  updatedBy: r.updatedBy,
  updatedAt: r.updatedAt.toISOString(),
  publishedAt: r.publishedAt?.toISOString() ?? null,
});

// Steps keep their id across edits (ticks on tickets refer to it); a new step gets the next free one.
export function numberSteps(input: z.output<typeof ZSopStepInput>[]): SopStep[] {
  const taken = new Set(input.flatMap((st) => (st.id ? [st.id] : [])));
  let next = 1;
  return input.map((st) => {
    if (st.id) return { ...st, id: st.id };
    while (taken.has(`s${next}`)) next++;
    taken.add(`s${next}`);
    return { ...st, id: `s${next}` };
  });
}

export async function recordSopVersion(tx: Db, s: Services, a: Actor, row: SopRow, action: string) {
  const { id, ...snapshot } = sopDto(row);
  await insertSopVersion(tx, {
    id: newId("kbsv"),
    tenantId: a.tenantId,
    sopId: id,
    version: row.version,
    status: row.status,
    snapshot,
    changedBy: a.userId,
  });
  await appendAudit(tx, {
    tenantId: a.tenantId,
    actorId: a.userId,
    action,
    entityType: "kb_sop",
    entityId: id,
    data: { version: row.version, status: row.status, title: row.titleZh },
    at: s.clock.now(),
  });
}
