import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { audit } from "../webhook-dto.js";
import { deleteSubscription, findSubscription } from "../webhooks.repository.js";

export async function removeWebhook(s: Services, a: Actor, id: string): Promise<void> {
  await s.db.transaction(async (tx) => {
    const row = await findSubscription(tx, a.tenantId, id);
    if (!row || !(await deleteSubscription(tx, a.tenantId, id))) throw new AppError("webhooks.not_found");
    await audit(tx, s, a, "webhook.deleted", id, { url: row.url });
  });
}
