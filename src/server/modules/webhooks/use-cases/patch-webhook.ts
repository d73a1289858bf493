import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { audit, subscriptionDto, type WebhookPatch } from "../webhook-dto.js";
import { checkWebhookUrl } from "../webhook-url.js";
import { lockSubscription, updateSubscription } from "../webhooks.repository.js";

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
