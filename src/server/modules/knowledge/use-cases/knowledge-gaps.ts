import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { listGaps } from "../knowledge.repository.js";

export async function knowledgeGaps(s: Services, a: Actor, limit: number) {
  const rows = await listGaps(s.db, a.tenantId, limit);
  return { items: rows.map((r) => ({ ...r, lastAskedAt: r.lastAskedAt.toISOString() })) };
}
