import { eq } from "drizzle-orm";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { tenantSettings } from "../../tenancy/index.js";
import { busyVisits, type VisitRow } from "../field.repository.js";
import { visits } from "../field.tables.js";
import { checkSlotsAgainstPlan } from "../slot-plan-check.js";
import { freeSlots } from "../slots.js";
import { checkNotice } from "./notice-check.js";
import { eligibleTechnicians, recordStep, visitDto, visitInScope } from "./visit-context.js";
import { noticeBooked } from "./visit-notices.js";

const BOOKING_DAYS = 7;
const BOOKABLE = ["requested", "scheduled"];

async function slotsFor(tx: Db, s: Services, visit: VisitRow, lock: boolean) {
  const techs = await eligibleTechnicians(tx, s, visit, lock);
  const busy = await busyVisits(
    tx,
    visit.tenantId,
    techs.map((t) => t.tech.userId),
    visit.id,
  );
  const tenant = await tenantSettings(tx, visit.tenantId);
  const free = freeSlots({
    technicians: techs.map((t) => t.tech),
    busy: busy.flatMap((b) =>
      b.technicianId && b.start && b.end
        ? [{ technicianId: b.technicianId, start: b.start, end: b.end }]
        : [],
    ),
    from: s.clock.now(),
    days: BOOKING_DAYS,
    timeZone: tenant?.timezone ?? "Asia/Shanghai",
    durationMinutes: visit.durationMinutes,
  });
  // Only windows the current plan can honour (travel, the rest of the round): see slot-plan-check.
  return { techs, slots: await checkSlotsAgainstPlan(tx, visit, free) };
}

// The windows the customer may pick: only those an eligible technician is really free for.
export async function visitSlots(s: Services, actor: Actor, id: string) {
  const { visit } = await visitInScope(s.db, actor, id);
  if (!BOOKABLE.includes(visit.status)) return [];
  const { slots } = await slotsFor(s.db, s, visit, false);
  return slots.map((x) => ({ start: x.start.toISOString(), end: x.end.toISOString() }));
}

// Books (or moves) a visit to an offered window and gives it to the earliest-fitting technician.
// The eligible technicians' rows are locked first, so two bookings never take the same person's time.
export async function bookVisit(
  s: Services,
  actor: Actor,
  id: string,
  input: { start: string; reason?: string },
) {
  const { start } = input;
  return s.db.transaction(async (tx) => {
    const { visit } = await visitInScope(tx, actor, id, true);
    if (!BOOKABLE.includes(visit.status))
      throw new AppError("field.invalid_transition", { status: visit.status, action: "book" });
    const late = await checkNotice(tx, s, actor, visit);
    const { slots } = await slotsFor(tx, s, visit, true);
    const at = new Date(start).getTime();
    const slot = slots.find((x) => x.start.getTime() === at);
    if (!slot) throw new AppError("field.slot_taken");
    const [earliest] = slot.technicianIds;
    if (!earliest) throw new AppError("field.slot_taken");
    return schedule(tx, s, actor, visit, earliest, slot.start, slot.end, "booked", late, input.reason);
  });
}

// Staff give a visit to a named technician, in its booked window or a new one of the same length.
export async function assignVisit(
  s: Services,
  actor: Actor,
  id: string,
  input: { technicianId: string; start?: string },
) {
  return s.db.transaction(async (tx) => {
    const { visit } = await visitInScope(tx, actor, id, true);
    if (!BOOKABLE.includes(visit.status))
      throw new AppError("field.invalid_transition", { status: visit.status, action: "assign" });
    const techs = await eligibleTechnicians(tx, s, visit, true, false);
    if (!techs.some((t) => t.tech.userId === input.technicianId))
      throw new AppError("field.technician_ineligible");
    const startAt = input.start ? new Date(input.start) : visit.windowStart;
    if (!startAt) throw new AppError("field.window_invalid");
    const length =
      visit.windowStart && visit.windowEnd ? visit.windowEnd.getTime() - visit.windowStart.getTime() : 0;
    const endAt = new Date(startAt.getTime() + Math.max(length, visit.durationMinutes * 60_000));
    const busy = await busyVisits(tx, actor.tenantId, [input.technicianId], visit.id);
    if (busy.some((b) => b.start && b.end && b.start < endAt && startAt < b.end))
      throw new AppError("field.technician_busy");
    return schedule(tx, s, actor, visit, input.technicianId, startAt, endAt, "assigned");
  });
}

async function schedule(
  tx: Db,
  s: Services,
  actor: Actor,
  visit: VisitRow,
  technicianId: string,
  start: Date,
  end: Date,
  action: "booked" | "assigned",
  lateNotice = false,
  reason?: string,
) {
  const [row] = await tx
    .update(visits)
    // A new booking or assignment drops an earlier plan's arrival time (the next plan sets it again).
    .set({
      technicianId,
      windowStart: start,
      windowEnd: end,
      plannedStart: null,
      status: "scheduled",
      updatedAt: s.clock.now(),
    })
    .where(eq(visits.id, visit.id))
    .returning();
  if (!row) throw new Error("field: the write returned no row");
  const dto = await visitDto(tx, row);
  await recordStep(tx, s, actor, row, {
    action,
    from: visit.status,
    to: "scheduled",
    windowStart: start.toISOString(),
    windowEnd: end.toISOString(),
    technicianId,
    technicianName: dto.technicianName,
    // Staff moving it inside the notice period: their reason goes on the history.
    ...(lateNotice ? { notes: reason ?? null } : {}),
  });
  await noticeBooked(tx, row);
  return dto;
}
