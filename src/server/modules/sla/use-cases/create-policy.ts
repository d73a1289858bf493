import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { addPolicy, toPolicyDto } from "../policy-writes.js";
import type { TPolicyInput } from "../sla.schemas.js";

export async function createPolicy(s: Services, actor: Actor, input: TPolicyInput) {
  const row = await s.db.transaction((tx) =>
    addPolicy(tx, actor.tenantId, actor.userId, input, s.clock.now()),
  );
  return toPolicyDto(row);
}
