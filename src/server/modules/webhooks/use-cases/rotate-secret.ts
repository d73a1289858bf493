import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { audit, newSecret, subscriptionDto } from "../webhook-dto.js";
import { updateSubscription } from "../webhooks.repository.js";

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
