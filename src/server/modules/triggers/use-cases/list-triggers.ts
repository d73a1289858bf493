import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { triggerDto } from "../trigger-dto.js";
import { listTriggers } from "../triggers.repository.js";

// The tenant's triggers in the order they run.
export async function listTriggerDtos(s: Services, actor: Actor) {
  return (await listTriggers(s.db, actor.tenantId)).map(triggerDto);
}
