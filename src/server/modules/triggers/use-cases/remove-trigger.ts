import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { auditedChange } from "../audited-change.js";
import { deleteTrigger } from "../triggers.repository.js";

export async function removeTrigger(s: Services, actor: Actor, id: string) {
  const gone = await auditedChange(s, actor, "trigger.deleted", id, {}, (tx) =>
    deleteTrigger(tx, actor.tenantId, id),
  );
  if (!gone) throw new AppError("trigger.not_found");
}
