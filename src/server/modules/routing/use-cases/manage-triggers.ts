import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { findUser } from "../../auth/index.js";
import { findTicket } from "../../tickets/index.js";
import { teamExists, ticketWithNeeds } from "../routing.repository.js";
import type { TriggerAction, TriggerCondition } from "../triggers/engine.js";
import {
  deleteTrigger,
  insertTrigger,
  listTriggers,
  nextPosition,
  type TriggerRow,
  updateTrigger,
} from "../triggers/triggers.repository.js";
import { isActiveStaff, planFor } from "./run-triggers.js";

export type TriggerInput = {
  name: string;
  event: "created" | "updated";
  active?: boolean;
  match?: "all" | "any";
  conditions: TriggerCondition[];
  actions: TriggerAction[];
};

const triggerDto = (t: TriggerRow) => ({
  id: t.id,
  name: t.name,
  event: t.event,
  position: t.position,
  active: t.active,
  match: t.match,
  conditions: t.conditions,
  actions: t.actions,
  createdAt: t.createdAt.toISOString(),
  updatedAt: t.updatedAt.toISOString(),
});

// Actions naming a user or team must name real ones of this tenant, and a user must be active
// staff: a trigger runs on customers' tickets and must never hand one to another customer.
async function checkTargets(db: Db, tenantId: string, actions: TriggerAction[]): Promise<void> {
  for (const a of actions) {
    const userId =
      a.kind === "assign_user"
        ? a.userId
        : a.kind === "notify" && a.to !== "assignee" && a.to !== "supervisors"
          ? a.to
          : null;
    if (userId && !isActiveStaff(await findUser(db, tenantId, userId)))
      throw new AppError("trigger.target_invalid", { id: userId });
    const teamId = a.kind === "set_team" || a.kind === "assign_team" ? a.teamId : null;
    if (teamId && !(await teamExists(db, tenantId, teamId)))
      throw new AppError("trigger.target_invalid", { id: teamId });
  }
}

async function audited<T>(
  s: Services,
  actor: Actor,
  action: string,
  id: string,
  data: Record<string, unknown>,
  work: (tx: Db) => Promise<T>,
) {
  return s.db.transaction(async (tx) => {
    const out = await work(tx);
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action,
      entityType: "trigger",
      entityId: id,
      data,
      at: s.clock.now(),
    });
    return out;
  });
}

export async function listTriggerDtos(s: Services, actor: Actor) {
  return (await listTriggers(s.db, actor.tenantId)).map(triggerDto);
}

export async function createTrigger(s: Services, actor: Actor, input: TriggerInput) {
  await checkTargets(s.db, actor.tenantId, input.actions);
  const id = newId("trg");
  const row = await audited(s, actor, "trigger.created", id, { ...input }, async (tx) =>
    insertTrigger(tx, {
      id,
      tenantId: actor.tenantId,
      name: input.name,
      event: input.event,
      active: input.active ?? true,
      match: input.match ?? "all",
      conditions: input.conditions,
      actions: input.actions,
      position: await nextPosition(tx, actor.tenantId),
    }),
  );
  return triggerDto(row);
}

export async function patchTrigger(s: Services, actor: Actor, id: string, input: Partial<TriggerInput>) {
  if (input.actions) await checkTargets(s.db, actor.tenantId, input.actions);
  const row = await audited(s, actor, "trigger.updated", id, { ...input }, (tx) =>
    updateTrigger(tx, actor.tenantId, id, { ...input, updatedAt: s.clock.now() }),
  );
  if (!row) throw new AppError("trigger.not_found");
  return triggerDto(row);
}

export async function removeTrigger(s: Services, actor: Actor, id: string) {
  const gone = await audited(s, actor, "trigger.deleted", id, {}, (tx) =>
    deleteTrigger(tx, actor.tenantId, id),
  );
  if (!gone) throw new AppError("trigger.not_found");
}

// The new order lists every trigger id once; positions become 1..n.
export async function reorderTriggers(s: Services, actor: Actor, ids: string[]) {
  await audited(s, actor, "trigger.reordered", actor.tenantId, { ids }, async (tx) => {
    const current = await listTriggers(tx, actor.tenantId);
    const known = new Set(current.map((t) => t.id));
    if (ids.length !== known.size || new Set(ids).size !== ids.length || !ids.every((i) => known.has(i)))
      throw new AppError("trigger.reorder_mismatch");
    for (const [i, tid] of ids.entries()) await updateTrigger(tx, actor.tenantId, tid, { position: i + 1 });
  });
  return listTriggerDtos(s, actor);
}

// Which triggers would fire on this ticket now, and what they would do; changes nothing.
export async function dryRun(s: Services, actor: Actor, ref: string, event: "created" | "updated") {
  const ticket = await findTicket(s.db, actor.tenantId, ref);
  if (!ticket) throw new AppError("ticket.not_found");
  const q = await ticketWithNeeds(s.db, actor.tenantId, ticket.id);
  if (!q) throw new AppError("ticket.not_found");
  const p = await planFor(s.db, q, event);
  return {
    ticketId: ticket.id,
    event,
    fired: p.fired.map((f) => ({ triggerId: f.triggerId, name: f.name, actions: f.actions })),
    changes: p.patch,
    notes: p.notes,
    replies: p.replies,
    notifications: p.notifications,
  };
}
