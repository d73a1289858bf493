import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { auditedChange } from "../audited-change.js";
import { type TriggerInput, triggerDto } from "../trigger-dto.js";
import { checkTargets } from "../trigger-targets.js";
import { updateTrigger } from "../triggers.repository.js";

export async function patchTrigger(s: Services, actor: Actor, id: string, input: Partial<TriggerInput>) {
  if (input.actions) await checkTargets(s.db, actor.tenantId, input.actions);
  const row = await auditedChange(s, actor, "trigger.updated", id, { ...input }, (tx) =>
    updateTrigger(tx, actor.tenantId, id, { ...input, updatedAt: s.clock.now() }),
  );
  if (!row) throw new AppError("trigger.not_found");
  return triggerDto(row);
}
