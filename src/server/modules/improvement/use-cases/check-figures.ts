import type { Db } from "../../../platform/db/client.js";
import type { CycleRow } from "../improvement.repository.js";
import { kpiValue } from "../kpi-port.js";
import { checkWindows } from "../pdca-states.js";
import { tenantDay } from "../tenant-day.js";

export type CheckFigures = NonNullable<CycleRow["check"]>;

// The check: the plan's KPI over equal windows before the plan started and after the do phase
// ended (as long as has passed since, up to the cycle's window), from the KPI query.
export async function checkFigures(
  db: Db,
  tenantId: string,
  c: Pick<CycleRow, "kpiId" | "planStartedOn" | "windowDays">,
  doEndedOn: string,
  today: string,
  now: Date,
): Promise<CheckFigures> {
  const w = checkWindows(c.planStartedOn, doEndedOn, today, c.windowDays);
  const [before, after] = [
    await kpiValue(db, tenantId, c.kpiId, w.before, now),
    await kpiValue(db, tenantId, c.kpiId, w.after, now),
  ];
  return { before: { ...w.before, value: before }, after: { ...w.after, value: after }, days: w.days };
}

/** A cycle in check with its figures read afresh (its after window grows day by day); others as stored. */
export async function withLiveCheck(db: Db, tenantId: string, row: CycleRow, now: Date): Promise<CycleRow> {
  if (row.phase !== "check" || !row.doEndedOn) return row;
  return {
    ...row,
    check: await checkFigures(db, tenantId, row, row.doEndedOn, await tenantDay(db, tenantId, now), now),
  };
}
