import type { z } from "zod";
import type { MoveAnswer, ZMoveVisit } from "../../../../shared/api/dispatch.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { applyVisitPlan, readDispatchDay } from "../../field/index.js";
import { dayInput } from "../day-input.js";
import { timeRoute } from "../planning/evaluate.js";
import { checkMove } from "../planning/move-check.js";
import { roundDto } from "../round-dto.js";

type Body = z.infer<typeof ZMoveVisit>;

// A planner drags a visit to a technician (and a place in their round): the answer is the new round
// and its warnings (window missed, skills missing, overtime). Applying it writes both rounds it
// touches; with warnings only once the planner has confirmed.
export async function moveVisit(s: Services, actor: Actor, body: Body): Promise<MoveAnswer> {
  if (!body.apply) return (await answer(s.db, s, actor, body, false)).answer;
  return s.db.transaction(async (tx) => {
    const { answer: a, writes, rows } = await answer(tx, s, actor, body, true);
    if (a.warnings.length > 0 && !body.acceptWarnings)
      throw new AppError("dispatch.move_has_warnings", { count: a.warnings.length });
    await applyVisitPlan(tx, s, actor, rows, writes);
    return { ...a, applied: true };
  });
}

async function answer(db: Db, s: Services, actor: Actor, body: Body, lock: boolean) {
  const day = await readDispatchDay(db, actor, body.nodeId, body.day, { lock });
  const input = await dayInput(db, day, s.clock.now());
  const m = input.model;
  const u = m.visits.findIndex((v) => v.id === body.visitId);
  if (u < 0)
    throw new AppError(
      input.fixed.some((v) => v.id === body.visitId) ? "dispatch.visit_fixed" : "dispatch.visit_not_on_day",
    );
  const k = m.technicians.findIndex((t) => t.id === body.technicianId);
  if (k < 0) throw new AppError("dispatch.technician_not_on_day");
  const move = checkMove(m, m.current, u, k, body.position);
  // Both rounds the move touches get their new arrival times.
  const from = m.current.findIndex((r) => r.includes(u));
  const touched = from >= 0 && from !== k ? [k, from] : [k];
  const writes = touched.flatMap((r) =>
    timeRoute(m, r, move.routes[r]!).stops.map((st) => ({
      visitId: m.visits[st.visit]!.id,
      technicianId: m.technicians[r]!.id,
      plannedStart: input.toDate(st.start),
    })),
  );
  return {
    answer: { warnings: move.warnings, round: roundDto(input, move.timing), applied: false },
    writes,
    rows: day.visits,
  };
}
