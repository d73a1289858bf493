import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { saveSynonyms } from "../knowledge.repository.js";
import { audit } from "./article-writes.js";

// Replaces the tenant's synonym groups; the search index picks them up on the next search.
export async function putSynonyms(s: Services, a: Actor, groups: string[][]) {
  const clean = groups
    .map((g) => [...new Set(g.map((w) => w.trim()).filter(Boolean))])
    .filter((g) => g.length >= 2);
  await s.db.transaction(async (tx) => {
    await saveSynonyms(tx, a.tenantId, clean, s.clock.now());
    await audit(tx, s, a, "kb.synonyms_changed", a.tenantId, { groups: clean.length });
  });
  return { groups: clean };
}
