import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { audit, columns, toPolicyDto } from "../policy-writes.js";
import { findCalendar, updatePolicy } from "../sla.repository.js";
import type { TPolicyPatch } from "../sla.schemas.js";

// Changes apply to tickets from their next re-evaluation (creation, priority/type change).
export async function patchPolicy(s: Services, actor: Actor, id: string, input: TPolicyPatch) {
  const row = await s.db.transaction(async (tx) => {
    if (input.calendarId && !(await findCalendar(tx, actor.tenantId, input.calendarId)))
      throw new AppError("sla.calendar_not_found");
    const now = s.clock.now();
    const updated = await updatePolicy(tx, actor.tenantId, id, { ...columns(input), updatedAt: now });
    if (!updated) throw new AppError("sla.policy_not_found");
    await audit(
      tx,
      actor.tenantId,
      actor.userId,
      "sla.policy_updated",
      id,
      { fields: Object.keys(input) },
      now,
    );
    return updated;
  });
  return toPolicyDto(row);
}
