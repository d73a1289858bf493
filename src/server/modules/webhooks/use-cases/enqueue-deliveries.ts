import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import { enqueueMany } from "../../../platform/jobs/queue.js";
import type { TicketChanged } from "../../tickets/index.js";
import { ticketWebhookEvents, type WebhookEvent } from "../webhook-events.js";
import { type ActiveSubscription, activeSubscriptions, insertDeliveries } from "../webhooks.repository.js";
import { deliverWebhookJob } from "./deliver-webhook.js";

// A delivery row and its job per (event, subscription), in the caller's transaction: the webhook
// exists if and only if the change commits.
export async function enqueueDeliveries(
  tx: Db,
  tenantId: string,
  items: { event: WebhookEvent; subscription: ActiveSubscription; replayOf?: string }[],
): Promise<string[]> {
  const rows = items.map(({ event, subscription, replayOf }) => ({
    id: newId("whd"),
    tenantId,
    subscriptionId: subscription.id,
    eventType: event.type,
    eventId: String(event.payload.id),
    payload: event.payload,
    status: "queued" as const,
    replayOf: replayOf ?? null,
  }));
  await insertDeliveries(tx, rows);
  await enqueueMany(
    tx,
    deliverWebhookJob,
    rows.map((r) => ({ payload: { tenantId, deliveryId: r.id }, opts: { tenantId } })),
  );
  return rows.map((r) => r.id);
}

// TICKET_CHANGED subscriber: each declared ticket event goes to the subscriptions hearing its type.
export async function onTicketChanged(tx: Db, _s: Services, change: TicketChanged): Promise<void> {
  const events = ticketWebhookEvents(change, () => newId("whe"));
  if (events.length === 0) return;
  const subs = await activeSubscriptions(tx, change.tenantId);
  if (subs.length === 0) return;
  const items = events.flatMap((event) =>
    subs
      .filter((sub) => sub.eventTypes.includes(event.type))
      .map((subscription) => ({ event, subscription })),
  );
  await enqueueDeliveries(tx, change.tenantId, items);
}
