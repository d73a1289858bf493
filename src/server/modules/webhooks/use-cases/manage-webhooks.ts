import { randomBytes } from "node:crypto";
import type { WebhookEventType } from "../../../../shared/webhook-events.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { decodeCursor, keysetPage } from "../../../platform/http/cursor.js";
import { newId } from "../../../platform/ids.js";
import { checkWebhookUrl } from "../webhook-url.js";
import {
  type DeliveryRow,
  deleteSubscription,
  findDelivery,
  findSubscription,
  insertSubscription,
  listDeliveries,
  listSubscriptions,
  lockSubscription,
  type SubscriptionRow,
  updateSubscription,
} from "../webhooks.repository.js";
import { enqueueDeliveries } from "./enqueue-deliveries.js";

export type WebhookInput = { url: string; eventTypes: WebhookEventType[]; description?: string | null };
export type WebhookPatch = Partial<WebhookInput> & { active?: boolean };

const newSecret = () => `whsec_${randomBytes(24).toString("base64url")}`;

// The secret is never part of the ordinary view: it is shown once, at creation and on rotation.
function subscriptionDto(row: SubscriptionRow) {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.eventTypes,
    active: row.active,
    failingSince: row.failingSince?.toISOString() ?? null,
    disabledReason: row.disabledReason,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function deliveryDto(row: DeliveryRow) {
  return {
    id: row.id,
    subscriptionId: row.subscriptionId,
    eventType: row.eventType,
    eventId: row.eventId,
    payload: row.payload,
    status: row.status,
    attempts: row.attempts,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    responseSnippet: row.responseSnippet,
    replayOf: row.replayOf,
    createdAt: row.createdAt.toISOString(),
    lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
  };
}

const audit = (tx: Db, s: Services, a: Actor, action: string, id: string, data: Record<string, unknown>) =>
  appendAudit(tx, {
    tenantId: a.tenantId,
    actorId: a.userId,
    action,
    entityType: "webhook",
    entityId: id,
    data,
    at: s.clock.now(),
  });

async function mustFind(db: Db, a: Actor, id: string): Promise<SubscriptionRow> {
  const row = await findSubscription(db, a.tenantId, id);
  if (!row) throw new AppError("webhooks.not_found");
  return row;
}

export async function listWebhooks(s: Services, a: Actor) {
  return { items: (await listSubscriptions(s.db, a.tenantId)).map(subscriptionDto) };
}

export async function getWebhook(s: Services, a: Actor, id: string) {
  return subscriptionDto(await mustFind(s.db, a, id));
}

export async function createWebhook(s: Services, a: Actor, input: WebhookInput) {
  const url = checkWebhookUrl(input.url, s.config.webhookAllowPrivate);
  const secret = newSecret();
  const row = await s.db.transaction(async (tx) => {
    const created = await insertSubscription(tx, {
      id: newId("whk"),
      tenantId: a.tenantId,
      url,
      eventTypes: [...new Set(input.eventTypes)],
      description: input.description ?? null,
      secret,
    });
    await audit(tx, s, a, "webhook.created", created.id, { url, eventTypes: created.eventTypes });
    return created;
  });
  return { ...subscriptionDto(row), secret };
}

export async function patchWebhook(s: Services, a: Actor, id: string, patch: WebhookPatch) {
  const url = patch.url === undefined ? undefined : checkWebhookUrl(patch.url, s.config.webhookAllowPrivate);
  const row = await s.db.transaction(async (tx) => {
    const before = await lockSubscription(tx, a.tenantId, id);
    if (!before) throw new AppError("webhooks.not_found");
    // Turning a subscription (back) on starts a new record of failures.
    const activity =
      patch.active === undefined
        ? {}
        : patch.active
          ? { active: true, failingSince: null, disabledReason: null }
          : { active: false, disabledReason: before.active ? "turned_off" : before.disabledReason };
    const updated = await updateSubscription(tx, a.tenantId, id, {
      ...(url !== undefined ? { url } : {}),
      ...(patch.eventTypes ? { eventTypes: [...new Set(patch.eventTypes)] } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...activity,
    });
    if (!updated) throw new AppError("webhooks.not_found");
    await audit(tx, s, a, "webhook.updated", id, {
      ...(url !== undefined ? { url } : {}),
      ...(patch.eventTypes ? { eventTypes: updated.eventTypes } : {}),
      ...(patch.active !== undefined ? { active: patch.active } : {}),
    });
    return updated;
  });
  return subscriptionDto(row);
}

export async function removeWebhook(s: Services, a: Actor, id: string): Promise<void> {
  await s.db.transaction(async (tx) => {
    const row = await findSubscription(tx, a.tenantId, id);
    if (!row || !(await deleteSubscription(tx, a.tenantId, id))) throw new AppError("webhooks.not_found");
    await audit(tx, s, a, "webhook.deleted", id, { url: row.url });
  });
}

export async function rotateSecret(s: Services, a: Actor, id: string) {
  const secret = newSecret();
  const row = await s.db.transaction(async (tx) => {
    const updated = await updateSubscription(tx, a.tenantId, id, { secret });
    if (!updated) throw new AppError("webhooks.not_found");
    await audit(tx, s, a, "webhook.secret_rotated", id, {});
    return updated;
  });
  return { ...subscriptionDto(row), secret };
}

async function deliveryOf(tx: Db, a: Actor, id: string) {
  const row = await findDelivery(tx, a.tenantId, id);
  if (!row) throw new AppError("webhooks.delivery_not_found");
  return row;
}

// A `ping` event to one subscription, through the same queue, signing and log as real events.
export async function pingWebhook(s: Services, a: Actor, id: string) {
  return s.db.transaction(async (tx) => {
    const sub = await mustFind(tx, a, id);
    if (!sub.active) throw new AppError("webhooks.disabled");
    const payload = {
      id: newId("whe"),
      type: "ping",
      createdAt: s.clock.now().toISOString(),
      data: { subscriptionId: sub.id },
    };
    const [deliveryId] = await enqueueDeliveries(tx, a.tenantId, [
      { event: { type: "ping", payload }, subscription: sub },
    ]);
    return deliveryDto(await deliveryOf(tx, a, deliveryId ?? ""));
  });
}

// The same payload (same event id) again, as a new delivery with its own id and `replayOf`.
export async function replayDelivery(s: Services, a: Actor, deliveryId: string) {
  return s.db.transaction(async (tx) => {
    const original = await deliveryOf(tx, a, deliveryId);
    const sub = await mustFind(tx, a, original.subscriptionId);
    if (!sub.active) throw new AppError("webhooks.disabled");
    const [id] = await enqueueDeliveries(tx, a.tenantId, [
      {
        event: { type: original.eventType as WebhookEventType, payload: original.payload },
        subscription: sub,
        replayOf: original.id,
      },
    ]);
    await audit(tx, s, a, "webhook.delivery_replayed", sub.id, { deliveryId: original.id, replay: id });
    return deliveryDto(await deliveryOf(tx, a, id ?? ""));
  });
}

export async function webhookDeliveries(
  s: Services,
  a: Actor,
  id: string,
  query: { limit: number; cursor?: string },
) {
  await mustFind(s.db, a, id);
  const before = decodeCursor(query.cursor)?.[0] ?? null;
  const rows = await listDeliveries(s.db, a.tenantId, id, before, query.limit + 1);
  return keysetPage(rows, query.limit, (r) => [r.id], deliveryDto);
}
