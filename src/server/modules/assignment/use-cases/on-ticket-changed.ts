import { isStaff } from "../../../../shared/roles.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import { isEvent } from "../../../platform/events.js";
import {
  AssignedEvent,
  isOpenStatus,
  originOf,
  type TicketChanged,
  type TicketRow,
} from "../../tickets/index.js";
import { runTriggers, TRIGGER_ORIGIN } from "../../triggers/index.js";
import { lockRouting } from "../assignment.repository.js";
import { ROUTING_ORIGIN } from "../routing-origin.js";
import { applyAssignment } from "./apply-assignment.js";
import { drainAfterCommit } from "./drain-after-commit.js";

// A change made by routing or by a trigger is not routed or triggered again: no loops by design.
const ownOrigin = (c: TicketChanged) =>
  c.events.some((e) => originOf(e) === ROUTING_ORIGIN || originOf(e) === TRIGGER_ORIGIN);

// SLA clock bookkeeping changes nothing routing cares about; skipping it keeps timer fires cheap.
const SLA_BOOKKEEPING = new Set([
  "sla_warning",
  "sla_breached",
  "sla_paused",
  "sla_resumed",
  "escalation_step",
  "sla_policy_changed",
]);
const bookkeepingOnly = (c: TicketChanged) => c.events.every((e) => SLA_BOOKKEEPING.has(e.type));

// 首问责任制: an owned ticket changes hands only through a supervisor or admin, or when the owner
// passes on an escalated ticket, and always with a reason.
function guardReassignment(c: TicketChanged): void {
  const manual = c.events.filter((e) => isEvent(e, AssignedEvent)).find((e) => e.data.rule === "manual");
  if (!manual || !c.before?.assigneeId || !c.actor) return;
  const reason = typeof manual.data.reason === "string" ? manual.data.reason.trim() : "";
  if (!reason) throw new AppError("routing.reason_required");
  const lead = c.actor.role === "supervisor" || c.actor.role === "admin";
  const ownerEscalates = c.actor.userId === c.before.assigneeId && c.after.escalationLevel > 0;
  if (!lead && !ownerEscalates) throw new AppError("routing.ticket_owned");
}

// The first staff member to answer the customer publicly becomes the owner.
async function firstContact(tx: Db, s: Services, c: TicketChanged, ticket: TicketRow): Promise<TicketRow> {
  const publicReply = c.events.some((e) => e.type === "message_added" && e.data.visibility === "public");
  if (!publicReply || !c.actor || !isStaff(c.actor.role) || ticket.assigneeId) return ticket;
  if (!isOpenStatus(ticket.status)) return ticket;
  await lockRouting(tx, ticket.tenantId);
  return applyAssignment(tx, s, ticket, c.actor.userId, "first_contact", { firstPublicReply: true }, c.at);
}

const freesRoom = (c: TicketChanged) =>
  c.before?.assigneeId != null &&
  isOpenStatus(c.before.status) &&
  (c.after.assigneeId !== c.before.assigneeId || !isOpenStatus(c.after.status));

// Runs inside the transaction of every ticket change (subscribed in assignment.module.ts): triggers, first-contact
// ownership, then (after commit) automatic assignment of the queue when a ticket joins it or room
// frees up.
export async function onTicketChanged(tx: Db, s: Services, c: TicketChanged): Promise<void> {
  if (ownOrigin(c) || bookkeepingOnly(c)) return;
  guardReassignment(c);
  let ticket = await runTriggers(tx, s, c);
  ticket = await firstContact(tx, s, c, ticket);
  if ((ticket.status === "new" && !ticket.assigneeId) || freesRoom(c))
    await drainAfterCommit(tx, s, ticket.tenantId);
}
