import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { audit } from "../policy-writes.js";
import { updatePolicy } from "../sla.repository.js";

// Soft delete: running tickets keep their clocks and still show the policy they were measured by.
export async function deletePolicy(s: Services, actor: Actor, id: string) {
  await s.db.transaction(async (tx) => {
    const now = s.clock.now();
    const updated = await updatePolicy(tx, actor.tenantId, id, { deletedAt: now, updatedAt: now });
    if (!updated) throw new AppError("sla.policy_not_found");
    await audit(tx, actor.tenantId, actor.userId, "sla.policy_deleted", id, {}, now);
  });
}
