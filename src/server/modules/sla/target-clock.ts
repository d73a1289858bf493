import type { SlaState } from "../../../shared/domain.js";
import { addBusinessMs, type Calendar, elapsedBusinessMs } from "./calendar.js";
import type { TargetRow } from "./sla.repository.js";

// Pure arithmetic over a target's clock: elapsed business time is what was counted before
// running_since plus what the calendar counts since then.

export const elapsedNow = (t: TargetRow, cal: Calendar, now: Date): number =>
  t.elapsedMs + (t.runningSince ? elapsedBusinessMs(cal, t.runningSince, now) : 0);

// The instant at which the clock will have counted `ms` in total (null while stopped).
export function instantAt(t: TargetRow, cal: Calendar, ms: number): Date | null {
  if (!t.runningSince) return null;
  const left = ms - t.elapsedMs;
  return left <= 0 ? t.runningSince : addBusinessMs(cal, t.runningSince, left);
}

export function stopClock(t: TargetRow, cal: Calendar, now: Date): TargetRow {
  if (!t.runningSince) return t;
  return {
    ...t,
    elapsedMs: elapsedNow(t, cal, now),
    runningSince: null,
    dueAt: null,
    generation: t.generation + 1,
  };
}

export function startClock(t: TargetRow, cal: Calendar, now: Date): TargetRow {
  if (t.runningSince || t.completedAt) return t;
  const next = { ...t, runningSince: now, generation: t.generation + 1 };
  return { ...next, dueAt: instantAt(next, cal, next.budgetMs) };
}

const isOpen = (t: TargetRow) => t.completedAt === null;

// The queue's view: the soonest due of the targets still counting, and one state word.
export function summarize(targets: TargetRow[]): { slaDueAt: Date | null; slaState: SlaState | null } {
  if (targets.length === 0) return { slaDueAt: null, slaState: null };
  const open = targets.filter(isOpen);
  const counting = open.filter((t) => t.runningSince && t.dueAt);
  const due = counting.map((t) => t.dueAt?.getTime() ?? 0);
  const slaDueAt = due.length ? new Date(Math.min(...due)) : null;
  let slaState: SlaState = "met";
  if (open.some((t) => t.status === "breached")) slaState = "breached";
  else if (counting.some((t) => t.warnedAt)) slaState = "warning";
  else if (counting.length) slaState = "ok";
  else if (open.some((t) => t.status === "paused")) slaState = "paused";
  return { slaDueAt, slaState };
}
