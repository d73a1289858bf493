import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import { findUser } from "../../auth/index.js";
import { teamExists } from "../../teams/index.js";
import {
  applyTriggerActions,
  type TicketChanged,
  type TicketRow,
  type TriggerActions,
  ticketWithContext,
} from "../../tickets/index.js";
import { insertNotification, renderTemplate, templateContext } from "../../workspace/index.js";
import { type Plan, plan, type TriggerDef } from "../engine.js";
import { TRIGGER_ORIGIN } from "../origin.js";
import { factsOf } from "../plan-for.js";
import { isActiveStaff } from "../trigger-targets.js";
import { listTriggers, staffWithRole } from "../triggers.repository.js";

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
type Skipped = NonNullable<TriggerActions["skipped"]>[number];
const notStaff = (action: string, target: string): Skipped => ({
  action,
  target,
  reason: "target_not_active_staff",
});

// Applies the matching triggers' plan as one ticket change (a tickets command) whose events say it
// came from triggers; replies are rendered for the ticket as the plan leaves it.
async function execute(tx: Db, s: Services, ticket: TicketRow, p: Plan, at: Date): Promise<TicketRow> {
  const tenantId = ticket.tenantId;
  const triggers = p.fired.map((f) => ({ id: f.triggerId, name: f.name }));
  const skipped: Skipped[] = [];
  const target = p.patch.assigneeId ? await findUser(tx, tenantId, p.patch.assigneeId) : undefined;
  if (p.patch.assigneeId && !isActiveStaff(target)) skipped.push(notStaff("assign_user", p.patch.assigneeId));
  const assignTo = isActiveStaff(target) ? target.id : null;
  const { priority, type, tags } = p.patch;
  let teamId = p.patch.teamId;
  if (teamId && !(await teamExists(tx, tenantId, teamId))) {
    skipped.push({ action: "set_team", target: teamId, reason: "team_not_found" });
    teamId = undefined;
  }
  // The values were checked against the ticket's enums when the trigger was saved.
  const fields = { priority, type, tags, teamId } as TriggerActions["fields"];
  const planned = { ...ticket, ...definedOnly(fields), ...(assignTo ? { assigneeId: assignTo } : {}) };
  const { vars } = await templateContext(tx, tenantId, planned, null, at);
  // Recipients are decided before the change, so a skipped notification is part of its history.
  const notices: { userIds: string[]; message: string; triggerId: string }[] = [];
  for (const n of p.notifications) {
    const to = await recipients(tx, planned, n.to);
    if (to === "not_staff")
      skipped.push(notStaff("notify", n.to === "assignee" ? (planned.assigneeId ?? n.to) : n.to));
    else notices.push({ userIds: to, message: n.message, triggerId: n.triggerId });
  }
  const messages = [
    ...p.notes.map((body) => ({ body, visibility: "internal" as const })),
    ...p.replies.map((body) => ({ body: renderTemplate(body, vars), visibility: "public" as const })),
  ];
  const after = await applyTriggerActions(tx, s, ticket, {
    triggers,
    fields,
    assignTo,
    messages,
    skipped,
    origin: TRIGGER_ORIGIN,
    at,
  });
  for (const n of notices) {
    const data = { message: renderTemplate(n.message, vars), triggerId: n.triggerId, number: after.number };
    for (const userId of n.userIds)
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
  return after;
}

const definedOnly = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

// Triggers of the change's event, in order, at most once each; returns the ticket as it now is.
export async function runTriggers(tx: Db, s: Services, c: TicketChanged): Promise<TicketRow> {
  const event = c.before ? "updated" : "created";
  const defs: TriggerDef[] = await listTriggers(tx, c.tenantId, event);
  // No triggers for this event (the common case): the ticket's facts need not be read.
  if (defs.length === 0) return c.after;
  const q = await ticketWithContext(tx, c.tenantId, c.after.id);
  if (!q) return c.after;
  const p = plan(defs, event, factsOf(q));
  if (p.fired.length === 0) return q.ticket;
  return execute(tx, s, q.ticket, p, c.at);
}
