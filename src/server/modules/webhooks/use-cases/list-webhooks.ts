import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { subscriptionDto } from "../webhook-dto.js";
import { listSubscriptions } from "../webhooks.repository.js";

export async function listWebhooks(s: Services, a: Actor) {
  return { items: (await listSubscriptions(s.db, a.tenantId)).map(subscriptionDto) };
}
