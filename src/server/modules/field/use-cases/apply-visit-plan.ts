import { eq } from "drizzle-orm";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import type { Actor } from "../../../platform/http/actor.js";
import { userNames, type VisitRow } from "../field.repository.js";
import { visits } from "../field.tables.js";
import { recordStep } from "./visit-context.js";
import { noticeBooked } from "./visit-notices.js";

// The field module's command for a dispatch plan: gives visits to technicians (or takes them back,
// e.g. from a technician off sick) and sets their planned arrival, which orders each round. A visit
// waiting for a booking gets the window the plan fitted it into. Runs in the caller's transaction
// on rows the caller has locked; each changed visit gets one "planned" step on its ticket's history
// and in the audit log. Visits already started are never touched.
export type VisitPlanItem = {
  visitId: string;
  technicianId: string | null;
  plannedStart: Date | null;
  window?: { start: Date; end: Date };
};

const PLANNABLE = ["requested", "scheduled"];

export async function applyVisitPlan(
  tx: Db,
  s: Services,
  actor: Actor,
  rows: readonly VisitRow[],
  items: readonly VisitPlanItem[],
): Promise<number> {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const names = await userNames(tx, actor.tenantId, [
    ...new Set(items.flatMap((i) => (i.technicianId ? [i.technicianId] : []))),
  ]);
  let changed = 0;
  for (const item of items) {
    const visit = byId.get(item.visitId);
    if (!visit || !PLANNABLE.includes(visit.status)) continue;
    const windowStart = item.window?.start ?? visit.windowStart;
    const windowEnd = item.window?.end ?? visit.windowEnd;
    const same =
      visit.technicianId === item.technicianId &&
      visit.plannedStart?.getTime() === item.plannedStart?.getTime() &&
      visit.windowStart?.getTime() === windowStart?.getTime();
    if (same) continue;
    const status = windowStart ? "scheduled" : visit.status;
    const [row] = await tx
      .update(visits)
      .set({
        technicianId: item.technicianId,
        plannedStart: item.plannedStart,
        windowStart,
        windowEnd,
        status,
        updatedAt: s.clock.now(),
      })
      .where(eq(visits.id, visit.id))
      .returning();
    if (!row) throw new Error("field: the write returned no row");
    await recordStep(tx, s, actor, row, {
      action: "planned",
      from: visit.status,
      to: status,
      windowStart: windowStart?.toISOString() ?? null,
      windowEnd: windowEnd?.toISOString() ?? null,
      technicianId: item.technicianId,
      technicianName: item.technicianId ? (names.get(item.technicianId) ?? null) : null,
    });
    // A plan that gives the visit a new window rebooks it: the customer is told the new time.
    if (windowStart && visit.windowStart?.getTime() !== windowStart.getTime()) await noticeBooked(tx, row);
    changed++;
  }
  return changed;
}
