import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { mustFind, subscriptionDto } from "../webhook-dto.js";

export async function getWebhook(s: Services, a: Actor, id: string) {
  return subscriptionDto(await mustFind(s.db, a, id));
}
