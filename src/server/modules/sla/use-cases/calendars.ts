import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { addBusinessMinutes, type CalendarSpec } from "../calendar.js";
import { allDayCalendar, chinaBusinessCalendar } from "../presets.js";
import {
  type CalendarRow,
  compileRow,
  findCalendar,
  insertCalendar,
  listCalendars,
  updateCalendar,
} from "../sla.repository.js";
import type { TCalendarInput, TCalendarPatch } from "../sla.schemas.js";

function toCalendarDto(c: CalendarRow) {
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
async function addCalendar(
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

// The two ready-made calendars every tenant can start from.
export async function seedCalendars(tx: Db, tenantId: string, at: Date) {
  const china = await addCalendar(tx, tenantId, null, chinaBusinessCalendar(), at);
  const allDay = await addCalendar(tx, tenantId, null, allDayCalendar(), at);
  return { china, allDay };
}

export async function createCalendar(s: Services, actor: Actor, input: TCalendarInput) {
  const row = await s.db.transaction((tx) =>
    addCalendar(tx, actor.tenantId, actor.userId, input, s.clock.now()),
  );
  return toCalendarDto(row);
}

// A tenant without calendars gets the ready-made ones the first time it looks.
export async function getCalendars(s: Services, actor: Actor) {
  let rows = await listCalendars(s.db, actor.tenantId);
  if (rows.length === 0) {
    await s.db.transaction(async (tx) => {
      if ((await listCalendars(tx, actor.tenantId)).length === 0)
        await seedCalendars(tx, actor.tenantId, s.clock.now());
    });
    rows = await listCalendars(s.db, actor.tenantId);
  }
  return { items: rows.map(toCalendarDto), nextCursor: null };
}

export async function getCalendar(s: Services, actor: Actor, id: string) {
  const row = await findCalendar(s.db, actor.tenantId, id);
  if (!row) throw new AppError("sla.calendar_not_found");
  return toCalendarDto(row);
}

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

export async function dueTime(
  s: Services,
  actor: Actor,
  id: string,
  input: { start: string; minutes: number },
) {
  const row = await findCalendar(s.db, actor.tenantId, id);
  if (!row) throw new AppError("sla.calendar_not_found");
  try {
    return { due: addBusinessMinutes(compileRow(row), new Date(input.start), input.minutes).toISOString() };
  } catch {
    throw new AppError("sla.no_business_hours");
  }
}
