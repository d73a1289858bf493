import { and, eq } from "drizzle-orm";
import { isStaff } from "../../../../shared/roles.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import { findUser, type UserRow } from "../../auth/index.js";
import {
  insertMessage,
  recordTicketChange,
  type TicketChanged,
  type TicketEventInput,
  type TicketRow,
  updateTicketRow,
} from "../../tickets/index.js";
import { type QueuedTicket, ticketWithNeeds } from "../routing.repository.js";
import { teams } from "../routing.tables.js";
import { renderTemplate } from "../templates.js";
import { type Plan, plan, type TicketFacts, type TriggerDef } from "../triggers/engine.js";
import { TRIGGER_ORIGIN } from "../triggers/origin.js";
import {
  insertNotification,
  listTriggers,
  staffWithRole,
  templateVars,
} from "../triggers/triggers.repository.js";

export function factsOf(q: QueuedTicket): TicketFacts {
  const t = q.ticket;
  return {
    type: t.type,
    priority: t.priority,
    channel: t.channel,
    status: t.status,
    tier: q.tier,
    productSku: q.productSku,
    productCategory: q.productCategory,
    subject: t.subject,
    description: t.description,
    warrantyStatus: t.warrantyStatus,
    tags: t.tags,
    teamId: t.teamId,
    assigneeId: t.assigneeId,
  };
}

export async function planFor(db: Db, q: QueuedTicket, event: "created" | "updated"): Promise<Plan> {
  const defs: TriggerDef[] = await listTriggers(db, q.ticket.tenantId, event);
  return plan(defs, event, factsOf(q));
}

// Checked when the trigger is saved and again when it runs: the user may have left or changed role since.
export const isActiveStaff = (u: UserRow | undefined): u is UserRow => Boolean(u?.active && isStaff(u.role));

async function recipients(tx: Db, after: TicketRow, to: string): Promise<string[] | "not_staff"> {
  if (to === "assignee") {
    if (!after.assigneeId) return [];
    return isActiveStaff(await findUser(tx, after.tenantId, after.assigneeId))
      ? [after.assigneeId]
      : "not_staff";
  }
  if (to === "supervisors") return (await staffWithRole(tx, after.tenantId, "supervisor")).map((u) => u.id);
  const user = await findUser(tx, after.tenantId, to);
  return isActiveStaff(user) ? [user.id] : "not_staff";
}

// A target the trigger may no longer use is skipped, and the history says which and why.
const skipped = (action: string, target: string, origin: unknown): TicketEventInput => ({
  type: "trigger_action_skipped",
  data: { action, target, reason: "target_not_active_staff", origin },
});

async function teamOfTenant(tx: Db, tenantId: string, id: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.tenantId, tenantId), eq(teams.id, id)));
  return row !== undefined;
}

// Applies the matching triggers' plan as one ticket change whose events say it came from triggers.
async function execute(tx: Db, s: Services, ticket: TicketRow, p: Plan, at: Date): Promise<TicketRow> {
  const tenantId = ticket.tenantId;
  const origin = TRIGGER_ORIGIN;
  const fired = p.fired.map((f) => ({ id: f.triggerId, name: f.name }));
  const events: TicketEventInput[] = [{ type: "triggers_fired", data: { triggers: fired, origin } }];
  const patch: Partial<TicketRow> = {};
  const teamId = p.patch.teamId;
  const teamGone = teamId ? !(await teamOfTenant(tx, tenantId, teamId)) : false;
  if (teamId && teamGone)
    events.push({
      type: "trigger_action_skipped",
      data: { action: "set_team", target: teamId, reason: "team_not_found", origin },
    });
  for (const field of ["priority", "type", "tags", "teamId"] as const) {
    const next = p.patch[field];
    if (field === "teamId" && teamGone) continue;
    if (next === undefined || JSON.stringify(next) === JSON.stringify(ticket[field])) continue;
    Object.assign(patch, { [field]: next });
    events.push({ type: "field_changed", data: { field, from: ticket[field], to: next, origin } });
  }
  const target = p.patch.assigneeId ? await findUser(tx, tenantId, p.patch.assigneeId) : undefined;
  if (p.patch.assigneeId && !isActiveStaff(target))
    events.push(skipped("assign_user", p.patch.assigneeId, origin));
  if (isActiveStaff(target) && target.id !== ticket.assigneeId) {
    patch.assigneeId = target.id;
    const reason = { triggers: fired.map((f) => f.name) };
    events.push({
      type: "assigned",
      data: { from: ticket.assigneeId, to: target.id, rule: "trigger", reason, origin },
    });
    if (ticket.status === "new") {
      patch.status = "assigned";
      events.push({
        type: "status_changed",
        data: { from: "new", to: "assigned", action: "assign", reason: null, origin },
      });
    }
  }
  const after = await updateTicketRow(tx, tenantId, ticket.id, { ...patch, updatedAt: at });
  const vars = await templateVars(tx, tenantId, after, null);
  const messages = [
    ...p.notes.map((body) => ({ body, visibility: "internal" as const })),
    ...p.replies.map((body) => ({ body: renderTemplate(body, vars), visibility: "public" as const })),
  ];
  for (const m of messages) {
    const id = newId("msg");
    await insertMessage(tx, {
      id,
      tenantId,
      ticketId: ticket.id,
      ...m,
      channel: "web",
      authorId: null,
      createdAt: at,
    });
    events.push({
      type: "message_added",
      data: { messageId: id, visibility: m.visibility, channel: "web", origin },
    });
  }
  for (const n of p.notifications) {
    const to = await recipients(tx, after, n.to);
    if (to === "not_staff") {
      events.push(skipped("notify", n.to === "assignee" ? (after.assigneeId ?? n.to) : n.to, origin));
      continue;
    }
    for (const userId of to) {
      const data = { message: renderTemplate(n.message, vars), triggerId: n.triggerId, number: after.number };
      await insertNotification(tx, {
        id: newId("ntf"),
        tenantId,
        userId,
        kind: "trigger",
        ticketId: ticket.id,
        data,
        createdAt: at,
      });
    }
  }
  await recordTicketChange(tx, s.events, {
    before: ticket,
    after,
    actor: null,
    at,
    audit: "ticket.triggers_applied",
    events,
  });
  return after;
}

// Triggers of the change's event, in order, at most once each; returns the ticket as it now is.
export async function runTriggers(tx: Db, s: Services, c: TicketChanged): Promise<TicketRow> {
  const event = c.before ? "updated" : "created";
  const defs: TriggerDef[] = await listTriggers(tx, c.tenantId, event);
  // No triggers for this event (the common case): the ticket's facts need not be read.
  if (defs.length === 0) return c.after;
  const q = await ticketWithNeeds(tx, c.tenantId, c.after.id);
  if (!q) return c.after;
  const p = plan(defs, event, factsOf(q));
  if (p.fired.length === 0) return q.ticket;
  return execute(tx, s, q.ticket, p, c.at);
}
