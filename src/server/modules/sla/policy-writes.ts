// What the policy use cases share: the API shape of a policy, its columns from a patch, its audit
// entry, and adding one (also used by the tenant seed).
import { appendAudit } from "../../platform/audit/audit-log.js";
import type { Db } from "../../platform/db/client.js";
import { AppError } from "../../platform/errors.js";
import { newId } from "../../platform/ids.js";
import { findCalendar, insertPolicy, type PolicyRow } from "./sla.repository.js";
import type { TPolicyInput, TPolicyPatch } from "./sla.schemas.js";

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

export const columns = (i: TPolicyPatch) => ({
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

export async function audit(
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
