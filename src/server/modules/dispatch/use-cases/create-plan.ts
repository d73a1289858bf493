import type { z } from "zod";
import type { ZCreatePlan } from "../../../../shared/api/dispatch.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { readDispatchDay } from "../../field/index.js";
import { dayInput, fingerprint } from "../day-input.js";
import { dispatchPlans } from "../dispatch.tables.js";
import { solveInWorker } from "../optimiser/solve-in-worker.js";
import { planDay } from "../planning/plan-day.js";
import { roundDto } from "../round-dto.js";
import { planDto, type StoredProposal } from "./plan-dto.js";

const MINUTE = 60_000;
const DAY_MINUTES = 24 * 60;

// Optimises the rest of a node's day in a worker thread (started visits stay where they are,
// absent technicians' visits go to others, urgent jobs are fitted in) and stores the proposal.
export async function createPlan(s: Services, actor: Actor, body: z.infer<typeof ZCreatePlan>) {
  const now = s.clock.now();
  const day = await readDispatchDay(s.db, actor, body.nodeId, body.day, { urgent: body.urgentVisitIds });
  if (now.getTime() >= day.midnight.getTime() + DAY_MINUTES * MINUTE) throw new AppError("dispatch.day_past");
  const input = await dayInput(s.db, day, now, { absent: body.absent });
  const plan = await planDay(input.model, solveInWorker, { seconds: body.seconds, seed: body.seed });
  const m = input.model;
  const iso = (x: number | null) => (x === null ? null : input.toDate(x).toISOString());
  const urgent = new Set(day.urgent.map((v) => v.id));
  const absent = new Set(body.absent);
  const writes: StoredProposal["writes"] = plan.rounds.flatMap((t) =>
    t.stops.map((st) => {
      const v = m.visits[st.visit]!;
      const start = input.toDate(st.start);
      return {
        visitId: v.id,
        technicianId: m.technicians[t.technician]!.id,
        plannedStart: start.toISOString(),
        ...(urgent.has(v.id) ? { window: offeredWindow(start, v.duration) } : {}),
      };
    }),
  );
  // A visit left out keeps its technician, unless that technician is off: then nobody holds it.
  for (const u of plan.unplaced) {
    const v = day.visits.find((x) => x.id === m.visits[u]!.id);
    if (v?.technicianId && absent.has(v.technicianId))
      writes.push({ visitId: v.id, technicianId: null, plannedStart: null });
  }
  const proposal: StoredProposal = {
    absent: body.absent,
    urgent: [...urgent],
    before: plan.before,
    after: plan.after,
    rounds: plan.rounds.map((t) => roundDto(input, t)),
    unplanned: plan.unplaced.map((u) => m.visits[u]!.id),
    moved: plan.moved.map((mv) => ({ ...mv, fromStart: iso(mv.fromStart), toStart: iso(mv.toStart) })),
    writes,
  };
  const [row] = await s.db
    .insert(dispatchPlans)
    .values({
      id: newId("dpl"),
      tenantId: actor.tenantId,
      nodeId: day.node.id,
      day: body.day,
      status: "proposed",
      fingerprint: fingerprint(day, body.absent),
      proposal,
      createdBy: actor.userId,
      createdAt: now,
    })
    .returning();
  if (!row) throw new Error("dispatch: the write returned no row");
  return planDto(row);
}

// The window a customer is told for an urgent job fitted into the day: the quarter hour the
// planned arrival falls in, and two hours (or the job's length) from there.
function offeredWindow(start: Date, duration: number) {
  const quarter = 15 * MINUTE;
  const from = Math.floor(start.getTime() / quarter) * quarter;
  return {
    start: new Date(from).toISOString(),
    end: new Date(from + Math.max(120, duration + 15) * MINUTE).toISOString(),
  };
}
