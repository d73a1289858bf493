import { isStaff } from "../../../../shared/roles.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findUser } from "../../auth/index.js";
import { teamExists } from "../../teams/index.js";
import { statusAfterAssignment } from "../lifecycle.js";
import { recordTicketChange, type TicketEventInput } from "../ticket-history.js";
import { type NewTicketRow, type TicketRow, updateTicketRow } from "../tickets.repository.js";
import { MAX_TAGS, type TUpdateTicket } from "../tickets.schemas.js";

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

// `tags` replaces the list; `addTags` / `removeTags` apply to the list as it stands under the lock.
function nextTags(current: string[], input: TUpdateTicket): string[] {
  const base = input.tags ?? current;
  const removed = new Set(input.removeTags ?? []);
  const kept = base.filter((t) => !removed.has(t));
  for (const t of input.addTags ?? []) if (!kept.includes(t) && !removed.has(t)) kept.push(t);
  return kept;
}

// The assignee and team a change names must exist (checked before any lock is taken).
export async function checkTicketPatch(db: Db, tenantId: string, input: TUpdateTicket): Promise<void> {
  if (input.assigneeId) {
    const assignee = await findUser(db, tenantId, input.assigneeId);
    if (!assignee?.active || !isStaff(assignee.role)) throw new AppError("ticket.assignee_invalid");
  }
  if (input.teamId && !(await teamExists(db, tenantId, input.teamId)))
    throw new AppError("ticket.team_invalid", { id: input.teamId });
}

// Priority, type, team, tags and assignee of a ticket locked in `tx`, one history event per field
// that moves; returns the row as it stands after (unchanged when nothing moved).
export async function patchTicket(
  tx: Db,
  s: Services,
  actor: Actor,
  ticket: TicketRow,
  input: TUpdateTicket,
): Promise<TicketRow> {
  const now = s.clock.now();
  const patch: Partial<NewTicketRow> = {};
  const events: TicketEventInput[] = [];
  for (const field of ["priority", "type", "teamId"] as const) {
    const next = input[field];
    if (next !== undefined && next !== ticket[field]) {
      Object.assign(patch, { [field]: next });
      events.push({ type: "field_changed", data: { field, from: ticket[field], to: next } });
    }
  }
  const tags = nextTags(ticket.tags, input);
  if (!sameList(tags, ticket.tags)) {
    if (tags.length > MAX_TAGS) throw new AppError("ticket.too_many_tags", { max: MAX_TAGS });
    patch.tags = tags;
    events.push({ type: "field_changed", data: { field: "tags", from: ticket.tags, to: tags } });
  }
  if (input.assigneeId !== undefined && input.assigneeId !== ticket.assigneeId) {
    patch.assigneeId = input.assigneeId;
    events.push({
      type: "assigned",
      data: { from: ticket.assigneeId, to: input.assigneeId, rule: "manual", reason: input.reason ?? null },
    });
    const status = statusAfterAssignment(ticket.status, input.assigneeId !== null);
    if (status !== ticket.status) {
      patch.status = status;
      events.push({
        type: "status_changed",
        data: { from: ticket.status, to: status, action: "assign", reason: null },
      });
    }
  }
  if (events.length === 0) return ticket;
  const after = await updateTicketRow(tx, actor.tenantId, ticket.id, { ...patch, updatedAt: now });
  await recordTicketChange(tx, s.events, {
    before: ticket,
    after,
    actor: { userId: actor.userId, role: actor.role },
    at: now,
    audit: "ticket.updated",
    events,
  });
  return after;
}
