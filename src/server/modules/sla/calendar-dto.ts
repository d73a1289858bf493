// What the calendar use cases share: the API shape of a calendar and adding one with its audit entry.
import { appendAudit } from "../../platform/audit/audit-log.js";
import type { Db } from "../../platform/db/client.js";
import { newId } from "../../platform/ids.js";
import type { CalendarSpec } from "./calendar.js";
import { type CalendarRow, compileRow, insertCalendar } from "./sla.repository.js";

export function toCalendarDto(c: CalendarRow) {
  return {
    id: c.id,
    name: c.name,
    timezone: c.timezone,
    weekly: c.weekly,
    overrides: c.overrides,
    weeklyMinutes: compileRow(c).weekMs / 60_000,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

// Inserts a calendar and its audit entry in the caller's transaction.
export async function addCalendar(
  tx: Db,
  tenantId: string,
  actorId: string | null,
  spec: { name: string } & CalendarSpec,
  at: Date,
): Promise<CalendarRow> {
  const row = await insertCalendar(tx, { id: newId("cal"), tenantId, ...spec, createdAt: at, updatedAt: at });
  await appendAudit(tx, {
    tenantId,
    actorId,
    action: "sla.calendar_created",
    entityType: "sla_calendar",
    entityId: row.id,
    data: { name: row.name, timezone: row.timezone },
    at,
  });
  return row;
}
