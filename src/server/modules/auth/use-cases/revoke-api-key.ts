import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { revokeCredential } from "../auth.repository.js";

export async function revokeApiKey(s: Services, actor: Actor, id: string) {
  await s.db.transaction(async (tx) => {
    const now = s.clock.now();
    if (!(await revokeCredential(tx, actor.tenantId, id, now, "api_key")))
      throw new AppError("api_key.not_found");
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "api_key.revoked",
      entityType: "api_key",
      entityId: id,
      data: {},
      at: now,
    });
  });
}
