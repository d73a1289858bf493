import { sql } from "drizzle-orm";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import { findCustomer } from "../../customers/index.js";
import type { TicketChanged } from "../../tickets/index.js";
import { inSample, readCallbackSettings } from "../callback-settings.js";
import { callbacks } from "../callbacks.tables.js";
import { nextAttemptAt } from "../retry-schedule.js";
import { callingRules } from "./calling-rules.js";

// Subscriber of TICKET_CHANGED: a ticket that was just resolved gets a callback task when the
// tenant's rules take it (type, customer tier, sample), due `delayHours` later in calling hours.
export async function queueOnResolve(tx: Db, change: TicketChanged): Promise<void> {
  const resolved = change.events.some((e) => e.type === "status_changed" && e.data.to === "resolved");
  if (!resolved) return;
  const settings = await readCallbackSettings(tx, change.tenantId);
  if (!settings.enabled) return;
  const ticket = change.after;
  if (settings.ticketTypes.length > 0 && !settings.ticketTypes.includes(ticket.type)) return;
  if (!inSample(ticket.id, settings.samplePercent)) return;
  if (settings.tiers.length > 0) {
    const tier = change.customerTier ?? (await findCustomer(tx, change.tenantId, ticket.customerId))?.tier;
    if (!tier || !settings.tiers.includes(tier)) return;
  }
  const rules = await callingRules(tx, change.tenantId, settings);
  const dueAt =
    nextAttemptAt([{ kind: "hours", hours: settings.delayHours }], 1, 2, change.at, rules) ?? change.at;
  const id = newId("cbk");
  const inserted = await tx
    .insert(callbacks)
    .values({
      id,
      tenantId: change.tenantId,
      ticketId: ticket.id,
      customerId: ticket.customerId,
      ticketType: ticket.type,
      status: "open",
      dueAt,
      maxAttempts: settings.maxAttempts,
      createdAt: change.at,
    })
    // A ticket resolved twice while its callback is still open keeps the one task.
    .onConflictDoNothing({ target: [callbacks.tenantId, callbacks.ticketId], where: sql`status = 'open'` })
    .returning({ id: callbacks.id });
  if (inserted.length === 0) return;
  await appendAudit(tx, {
    tenantId: change.tenantId,
    actorId: null,
    action: "callback.queued",
    entityType: "callback",
    entityId: id,
    data: { ticketId: ticket.id, dueAt: dueAt.toISOString() },
    at: change.at,
  });
}
