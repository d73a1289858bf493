import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { toCalendarDto } from "../calendar-dto.js";
import { updateCalendar } from "../sla.repository.js";
import type { TCalendarPatch } from "../sla.schemas.js";

export async function patchCalendar(s: Services, actor: Actor, id: string, input: TCalendarPatch) {
  const row = await s.db.transaction(async (tx) => {
    const now = s.clock.now();
    const updated = await updateCalendar(tx, actor.tenantId, id, { ...input, updatedAt: now });
    if (!updated) throw new AppError("sla.calendar_not_found");
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "sla.calendar_updated",
      entityType: "sla_calendar",
      entityId: id,
      data: { fields: Object.keys(input) },
      at: now,
    });
    return updated;
  });
  return toCalendarDto(row);
}
