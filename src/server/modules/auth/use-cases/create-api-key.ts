import type { ApiKeyScope } from "../../../../shared/api/api-keys.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { insertCredential } from "../auth.repository.js";
import { newToken, tokenDigest } from "../tokens.js";

export async function createApiKey(s: Services, actor: Actor, name: string, scope: ApiKeyScope = "full") {
  const token = newToken("api_key");
  const id = newId("key");
  const now = s.clock.now();
  await s.db.transaction(async (tx) => {
    // The key acts as the admin who made it, so its rights never exceed theirs.
    await insertCredential(tx, {
      id,
      tenantId: actor.tenantId,
      userId: actor.userId,
      kind: "api_key",
      name,
      scope,
      tokenHash: tokenDigest(token),
      createdAt: now,
    });
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "api_key.created",
      entityType: "api_key",
      entityId: id,
      data: { name, scope },
      at: now,
    });
  });
  return { id, name, scope, token, createdAt: now.toISOString(), lastUsedAt: null };
}
