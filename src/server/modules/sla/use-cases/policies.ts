import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { findCalendar, insertPolicy, listPolicies, type PolicyRow, updatePolicy } from "../sla.repository.js";
import type { TPolicyInput, TPolicyPatch } from "../sla.schemas.js";

export function toPolicyDto(p: PolicyRow) {
  return {
    id: p.id,
    name: p.name,
    calendarId: p.calendarId,
    match: p.match,
    targets: {
      firstResponseMinutes: p.firstResponseMinutes,
      ...(p.nextResponseMinutes ? { nextResponseMinutes: p.nextResponseMinutes } : {}),
      resolutionMinutes: p.resolutionMinutes,
    },
    warnAtPercent: p.warnAtPercent,
    pauseOn: p.pauseOn,
    escalation: p.escalation,
    goldenChannel: p.goldenChannel,
    createdAt: p.createdAt.toISOString(),
  };
}

const columns = (i: TPolicyPatch) => ({
  ...(i.name !== undefined ? { name: i.name } : {}),
  ...(i.calendarId !== undefined ? { calendarId: i.calendarId } : {}),
  ...(i.match !== undefined ? { match: i.match } : {}),
  ...(i.targets
    ? {
        firstResponseMinutes: i.targets.firstResponseMinutes,
        nextResponseMinutes: i.targets.nextResponseMinutes ?? null,
        resolutionMinutes: i.targets.resolutionMinutes,
      }
    : {}),
  ...(i.warnAtPercent !== undefined ? { warnAtPercent: i.warnAtPercent } : {}),
  ...(i.pauseOn !== undefined ? { pauseOn: i.pauseOn } : {}),
  ...(i.escalation !== undefined ? { escalation: i.escalation } : {}),
  ...(i.goldenChannel !== undefined ? { goldenChannel: i.goldenChannel } : {}),
});

async function audit(
  tx: Db,
  tenantId: string,
  actorId: string | null,
  action: string,
  id: string,
  data: Record<string, unknown>,
  at: Date,
) {
  await appendAudit(tx, { tenantId, actorId, action, entityType: "sla_policy", entityId: id, data, at });
}

export async function addPolicy(
  tx: Db,
  tenantId: string,
  actorId: string | null,
  input: TPolicyInput,
  at: Date,
) {
  if (!(await findCalendar(tx, tenantId, input.calendarId))) throw new AppError("sla.calendar_not_found");
  const row = await insertPolicy(tx, {
    id: newId("slp"),
    tenantId,
    name: input.name,
    calendarId: input.calendarId,
    match: input.match,
    firstResponseMinutes: input.targets.firstResponseMinutes,
    nextResponseMinutes: input.targets.nextResponseMinutes ?? null,
    resolutionMinutes: input.targets.resolutionMinutes,
    warnAtPercent: input.warnAtPercent,
    pauseOn: input.pauseOn,
    escalation: input.escalation,
    goldenChannel: input.goldenChannel,
    createdAt: at,
    updatedAt: at,
  });
  await audit(tx, tenantId, actorId, "sla.policy_created", row.id, { name: row.name, match: row.match }, at);
  return row;
}

export async function createPolicy(s: Services, actor: Actor, input: TPolicyInput) {
  const row = await s.db.transaction((tx) =>
    addPolicy(tx, actor.tenantId, actor.userId, input, s.clock.now()),
  );
  return toPolicyDto(row);
}

export async function getPolicies(s: Services, actor: Actor) {
  return { items: (await listPolicies(s.db, actor.tenantId)).map(toPolicyDto), nextCursor: null };
}

// Changes apply to tickets from their next re-evaluation (creation, priority/type change).
export async function patchPolicy(s: Services, actor: Actor, id: string, input: TPolicyPatch) {
  const row = await s.db.transaction(async (tx) => {
    if (input.calendarId && !(await findCalendar(tx, actor.tenantId, input.calendarId)))
      throw new AppError("sla.calendar_not_found");
    const now = s.clock.now();
    const updated = await updatePolicy(tx, actor.tenantId, id, { ...columns(input), updatedAt: now });
    if (!updated) throw new AppError("sla.policy_not_found");
    await audit(
      tx,
      actor.tenantId,
      actor.userId,
      "sla.policy_updated",
      id,
      { fields: Object.keys(input) },
      now,
    );
    return updated;
  });
  return toPolicyDto(row);
}

// Soft delete: running tickets keep their clocks and still show the policy they were measured by.
export async function deletePolicy(s: Services, actor: Actor, id: string) {
  await s.db.transaction(async (tx) => {
    const now = s.clock.now();
    const updated = await updatePolicy(tx, actor.tenantId, id, { deletedAt: now, updatedAt: now });
    if (!updated) throw new AppError("sla.policy_not_found");
    await audit(tx, actor.tenantId, actor.userId, "sla.policy_deleted", id, {}, now);
  });
}
