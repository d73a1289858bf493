import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { toPolicyDto } from "../policy-writes.js";
import { listPolicies } from "../sla.repository.js";

export async function getPolicies(s: Services, actor: Actor) {
  return { items: (await listPolicies(s.db, actor.tenantId)).map(toPolicyDto), nextCursor: null };
}
