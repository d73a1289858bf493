import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { auditedChange } from "../audited-change.js";
import { type TriggerInput, triggerDto } from "../trigger-dto.js";
import { checkTargets } from "../trigger-targets.js";
import { insertTrigger, nextPosition } from "../triggers.repository.js";

// A new trigger runs after the existing ones.
export async function createTrigger(s: Services, actor: Actor, input: TriggerInput) {
  await checkTargets(s.db, actor.tenantId, input.actions);
  const id = newId("trg");
  const row = await auditedChange(s, actor, "trigger.created", id, { ...input }, async (tx) =>
    insertTrigger(tx, {
      id,
      tenantId: actor.tenantId,
      name: input.name,
      event: input.event,
      active: input.active ?? true,
      match: input.match ?? "all",
      conditions: input.conditions,
      actions: input.actions,
      position: await nextPosition(tx, actor.tenantId),
    }),
  );
  return triggerDto(row);
}
