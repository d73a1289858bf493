import { createHash } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import type { DispatchDay, VisitRow } from "../field/index.js";
import { ticketsView } from "../tickets/index.js";
import {
  buildDayModel,
  type DayModel,
  type DayTechnician,
  type DayVisit,
  type LatLng,
} from "./planning/day-model.js";

// From the field module's rows to the planner's model: minutes after the day's local midnight,
// started visits folded into their technician's start, tickets' priority and SLA due time.

const MINUTE = 60_000;
const PRIORITY_WEIGHT: Record<string, number> = { A: 3, B: 2, C: 1 };
/** an urgent job added during the day outranks every booked one */
const URGENT_PRIORITY = 4;
const STARTED = ["en_route", "on_site", "done"];

export type DayInput = {
  model: DayModel;
  day: DispatchDay;
  now: number;
  /** visits of the day that stay where they are (started, done, or another node's technician's) */
  fixed: VisitRow[];
  toDate: (minutes: number) => Date;
  minutesOf: (d: Date) => number;
};

const place = (lat: number | null, lng: number | null): LatLng | null =>
  lat !== null && lng !== null ? { lat, lng } : null;

export async function dayInput(
  db: Db,
  day: DispatchDay,
  nowAt: Date,
  opts: { absent?: readonly string[]; seconds?: number } = {},
): Promise<DayInput> {
  const minutesOf = (d: Date) => (d.getTime() - day.midnight.getTime()) / MINUTE;
  const toDate = (m: number) => new Date(day.midnight.getTime() + Math.round(m) * MINUTE);
  const now = minutesOf(nowAt);
  const absent = new Set(opts.absent ?? []);
  const present = day.technicians.filter((t) => !absent.has(t.tech.userId));
  const planIds = new Set(day.technicians.map((t) => t.tech.userId));

  const fixed: VisitRow[] = [];
  const movable: VisitRow[] = [];
  for (const v of day.visits) {
    const foreign = v.technicianId !== null && !planIds.has(v.technicianId);
    if (STARTED.includes(v.status) || foreign) fixed.push(v);
    else movable.push(v);
  }
  const tickets = await ticketFacts(db, [...movable, ...day.urgent]);

  const technicians: DayTechnician[] = present.map(({ tech, name }) => {
    const held = fixed
      .filter((v) => v.technicianId === tech.userId && STARTED.includes(v.status))
      .map((v) => ({ v, until: freeAfter(v, nowAt) }))
      .sort((a, b) => a.until - b.until);
    const last = held.at(-1);
    return {
      id: tech.userId,
      name,
      skills: tech.skills,
      shiftStart: tech.shiftStart,
      shiftEnd: tech.shiftEnd,
      home: place(tech.homeLat, tech.homeLng),
      ...(last
        ? { freeFrom: { at: minutesOf(new Date(last.until)), place: place(last.v.lat, last.v.lng) } }
        : {}),
    };
  });
  const visitOf = (v: VisitRow, urgent: boolean): DayVisit => {
    const t = tickets.get(v.ticketId);
    const shiftStart = Math.min(...present.map((p) => p.tech.shiftStart), 24 * 60);
    const shiftEnd = Math.max(...present.map((p) => p.tech.shiftEnd), 0);
    return {
      id: v.id,
      label: v.ticketNumber,
      // An absent technician's visit keeps their id: nobody present holds it, and a move says from whom.
      technicianId: urgent ? null : v.technicianId,
      windowStart: urgent || !v.windowStart ? Math.max(shiftStart, now) : minutesOf(v.windowStart),
      windowEnd: urgent || !v.windowEnd ? shiftEnd : minutesOf(v.windowEnd),
      duration: v.durationMinutes,
      skills: v.requiredSkills,
      ...(day.servedBy.has(v.id) ? { servedBy: day.servedBy.get(v.id) } : {}),
      place: place(v.lat, v.lng),
      priority: urgent ? URGENT_PRIORITY : (PRIORITY_WEIGHT[t?.priority ?? ""] ?? 1),
      ...(t?.slaDueAt ? { slaDue: minutesOf(t.slaDueAt) } : {}),
      plannedStart: v.plannedStart ? minutesOf(v.plannedStart) : null,
    };
  };
  const visits = [...movable.map((v) => visitOf(v, false)), ...day.urgent.map((v) => visitOf(v, true))];
  const model = buildDayModel(technicians, visits, { earliest: Math.max(0, now) });
  return { model, day, now, fixed, toDate, minutesOf };
}

// When a started visit lets its technician go: checked out, or expected (never before now).
function freeAfter(v: VisitRow, now: Date): number {
  if (v.status === "done" && v.checkedOutAt) return v.checkedOutAt.getTime();
  const began = v.checkedInAt ?? v.windowStart ?? now;
  return Math.max(now.getTime(), began.getTime() + v.durationMinutes * MINUTE);
}

async function ticketFacts(db: Db, rows: VisitRow[]) {
  const ids = [...new Set(rows.map((v) => v.ticketId))];
  if (ids.length === 0) return new Map<string, { priority: string; slaDueAt: Date | null }>();
  const tenantId = rows[0]!.tenantId;
  const found = await db
    .select({ id: ticketsView.id, priority: ticketsView.priority, slaDueAt: ticketsView.slaDueAt })
    .from(ticketsView)
    .where(and(eq(ticketsView.tenantId, tenantId), inArray(ticketsView.id, ids)));
  return new Map(found.map((t) => [t.id, { priority: t.priority, slaDueAt: t.slaDueAt }]));
}

/** What a plan was computed from: applying it after any of this changed is refused. */
export function fingerprint(day: DispatchDay, absent: readonly string[]): string {
  const h = createHash("sha256");
  const iso = (d: Date | null) => (d ? d.toISOString() : "");
  for (const v of [...day.visits, ...day.urgent].sort((a, b) => a.id.localeCompare(b.id)))
    h.update(
      `${[
        v.id,
        v.status,
        v.technicianId ?? "",
        iso(v.windowStart),
        iso(v.plannedStart),
        iso(v.updatedAt),
      ].join("|")}\n`,
    );
  h.update(
    `techs:${day.technicians
      .map((t) => t.tech.userId)
      .sort()
      .join(",")}\n`,
  );
  h.update(`absent:${[...absent].sort().join(",")}\n`);
  return h.digest("hex");
}
