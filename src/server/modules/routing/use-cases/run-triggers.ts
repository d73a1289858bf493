import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import { findUser } from "../../auth/index.js";
import {
  applyTriggerActions,
  type TicketChanged,
  type TicketRow,
  type TriggerActions,
} from "../../tickets/index.js";
import { type QueuedTicket, ticketWithNeeds } from "../routing.repository.js";
import { renderTemplate } from "../templates.js";
import { type Plan, plan, type TicketFacts, type TriggerDef } from "../triggers/engine.js";
import { TRIGGER_ORIGIN } from "../triggers/origin.js";
import {
  insertNotification,
  listTriggers,
  staffWithRole,
  templateContext,
} from "../triggers/triggers.repository.js";

function factsOf(q: QueuedTicket): TicketFacts {
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

async function recipients(tx: Db, after: TicketRow, to: string): Promise<string[]> {
  if (to === "assignee") return after.assigneeId ? [after.assigneeId] : [];
  if (to === "supervisors") return (await staffWithRole(tx, after.tenantId, "supervisor")).map((u) => u.id);
  const user = await findUser(tx, after.tenantId, to);
  return user?.active ? [user.id] : [];
}

// Applies the matching triggers' plan as one ticket change (a tickets command) whose events say it
// came from triggers; replies are rendered for the ticket as the plan leaves it.
async function execute(tx: Db, s: Services, ticket: TicketRow, p: Plan, at: Date): Promise<TicketRow> {
  const tenantId = ticket.tenantId;
  const triggers = p.fired.map((f) => ({ id: f.triggerId, name: f.name }));
  const target = p.patch.assigneeId ? await findUser(tx, tenantId, p.patch.assigneeId) : undefined;
  const assignTo = target?.active ? target.id : null;
  const { priority, type, tags, teamId } = p.patch;
  // The values were checked against the ticket's enums when the trigger was saved.
  const fields = { priority, type, tags, teamId } as TriggerActions["fields"];
  const planned = { ...ticket, ...definedOnly(fields), ...(assignTo ? { assigneeId: assignTo } : {}) };
  const { vars } = await templateContext(tx, tenantId, planned, null, at);
  const messages = [
    ...p.notes.map((body) => ({ body, visibility: "internal" as const })),
    ...p.replies.map((body) => ({ body: renderTemplate(body, vars), visibility: "public" as const })),
  ];
  const after = await applyTriggerActions(tx, s, ticket, {
    triggers,
    fields,
    assignTo,
    messages,
    origin: TRIGGER_ORIGIN,
    at,
  });
  for (const n of p.notifications) {
    for (const userId of await recipients(tx, after, n.to)) {
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
  const q = await ticketWithNeeds(tx, c.tenantId, c.after.id);
  if (!q) return c.after;
  const p = plan(defs, event, factsOf(q));
  if (p.fired.length === 0) return q.ticket;
  return execute(tx, s, q.ticket, p, c.at);
}
