import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { tenantSynonyms } from "../knowledge.repository.js";

export async function getSynonyms(s: Services, a: Actor) {
  return { groups: await tenantSynonyms(s.db, a.tenantId) };
}
