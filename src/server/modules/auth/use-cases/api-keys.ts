import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { insertCredential, listApiKeys, revokeCredential } from "../auth.repository.js";
import { newToken, tokenDigest } from "../tokens.js";

export type KeyScope = "full" | "read";

export async function createApiKey(s: Services, actor: Actor, name: string, scope: KeyScope = "full") {
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

export async function listKeys(s: Services, actor: Actor) {
  const rows = await listApiKeys(s.db, actor.tenantId);
  return rows.map((r) => ({
    id: r.id,
    name: r.name ?? "",
    scope: r.scope,
    createdAt: r.createdAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
  }));
}

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
