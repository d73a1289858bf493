import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { audit, newSecret, subscriptionDto, type WebhookInput } from "../webhook-dto.js";
import { checkWebhookUrl } from "../webhook-url.js";
import { insertSubscription } from "../webhooks.repository.js";

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
