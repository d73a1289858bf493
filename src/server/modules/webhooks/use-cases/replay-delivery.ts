import type { WebhookEventType } from "../../../../shared/webhook-events.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { audit, deliveryDto, deliveryOf, mustFind } from "../webhook-dto.js";
import { enqueueDeliveries } from "./enqueue-deliveries.js";

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
