import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { tenantDay } from "../tenant-day.js";
import { analyticsScorecards } from "./people.tables.js";
import { openPlan } from "./use-cases/coaching-plans.js";
import { addGoal, addSession } from "./use-cases/coaching-steps.js";
import { computeScorecards } from "./use-cases/compute-scorecards.js";
import { pickAwards } from "./use-cases/service-awards.js";

// Demo (issue 21): last month's scorecards of the demo staff, its service stars, and one open
// coaching plan (with a session) for the weakest person below target who did not win.
export async function seedScorecardsDemo(s: Services, manager: Actor): Promise<void> {
  const today = await tenantDay(s.db, manager.tenantId, s.clock.now());
  const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  const period = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
  await computeScorecards(s.db, manager.tenantId, period, s.clock.now());
  const winners = await pickAwards(s, manager, { period, topN: 1, minVolume: 3 });
  const won = new Set(winners.items.map((a) => a.userId));
  const cards = await s.db
    .select()
    .from(analyticsScorecards)
    .where(
      and(
        eq(analyticsScorecards.tenantId, manager.tenantId),
        eq(analyticsScorecards.period, period),
        inArray(analyticsScorecards.role, ["agent", "technician"]),
      ),
    )
    .orderBy(sql`${analyticsScorecards.score} asc nulls last`, asc(analyticsScorecards.id));
  const weakest = cards.find(
    (c) => !won.has(c.subjectId) && c.kpis.some((k) => k.belowTarget && k.weight > 0),
  );
  if (!weakest) return;
  const plan = await openPlan(s, manager, weakest.id);
  const due = new Date(Date.parse(`${today}T00:00:00Z`) + 60 * 86_400_000).toISOString().slice(0, 10);
  await addGoal(s, manager, plan.id, { kpi: "first_response_minutes_avg", target: 45, dueOn: due });
  await addSession(s, manager, plan.id, {
    heldOn: today,
    notes: "回听了两通来电，首次回复偏慢。Listened to two calls together: the first reply comes late.",
    actions:
      "先回复客户再查资料；每天上午清一次队列。Reply first, then research; clear the queue every morning.",
  });
}
