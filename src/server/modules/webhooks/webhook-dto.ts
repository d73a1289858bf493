// What the webhook use cases share: input types, secrets, the API shapes of subscriptions and
// deliveries, the audit entry and the tenant-scoped look-ups that answer 404.
import { randomBytes } from "node:crypto";
import type { WebhookEventType } from "../../../shared/webhook-events.js";
import { appendAudit } from "../../platform/audit/audit-log.js";
import type { Services } from "../../platform/context.js";
import type { Db } from "../../platform/db/client.js";
import { AppError } from "../../platform/errors.js";
import type { Actor } from "../../platform/http/actor.js";
import {
  type DeliveryRow,
  findDelivery,
  findSubscription,
  type SubscriptionRow,
} from "./webhooks.repository.js";

export type WebhookInput = { url: string; eventTypes: WebhookEventType[]; description?: string | null };

export type WebhookPatch = Partial<WebhookInput> & { active?: boolean };

export const newSecret = () => `whsec_${randomBytes(24).toString("base64url")}`;

// The secret is never part of the ordinary view: it is shown once, at creation and on rotation.
export function subscriptionDto(row: SubscriptionRow) {
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

export function deliveryDto(row: DeliveryRow) {
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

export const audit = (
  tx: Db,
  s: Services,
  a: Actor,
  action: string,
  id: string,
  data: Record<string, unknown>,
) =>
  appendAudit(tx, {
    tenantId: a.tenantId,
    actorId: a.userId,
    action,
    entityType: "webhook",
    entityId: id,
    data,
    at: s.clock.now(),
  });

export async function mustFind(db: Db, a: Actor, id: string): Promise<SubscriptionRow> {
  const row = await findSubscription(db, a.tenantId, id);
  if (!row) throw new AppError("webhooks.not_found");
  return row;
}

export async function deliveryOf(tx: Db, a: Actor, id: string) {
  const row = await findDelivery(tx, a.tenantId, id);
  if (!row) throw new AppError("webhooks.delivery_not_found");
  return row;
}
