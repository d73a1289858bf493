import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { auditedChange } from "../audited-change.js";
import { listTriggers, updateTrigger } from "../triggers.repository.js";
import { listTriggerDtos } from "./list-triggers.js";

// The new order lists every trigger id once; positions become 1..n.
export async function reorderTriggers(s: Services, actor: Actor, ids: string[]) {
  await auditedChange(s, actor, "trigger.reordered", actor.tenantId, { ids }, async (tx) => {
    const current = await listTriggers(tx, actor.tenantId);
    const known = new Set(current.map((t) => t.id));
    if (ids.length !== known.size || new Set(ids).size !== ids.length || !ids.every((i) => known.has(i)))
      throw new AppError("trigger.reorder_mismatch");
    for (const [i, tid] of ids.entries()) await updateTrigger(tx, actor.tenantId, tid, { position: i + 1 });
  });
  return listTriggerDtos(s, actor);
}
