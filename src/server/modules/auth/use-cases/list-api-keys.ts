import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { listApiKeys } from "../auth.repository.js";

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
