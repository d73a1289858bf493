import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { deliveryDto, deliveryOf, mustFind } from "../webhook-dto.js";
import { enqueueDeliveries } from "./enqueue-deliveries.js";

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
