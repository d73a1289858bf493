import { and, eq } from "drizzle-orm";
import type {
  ClosePlanInput,
  CoachingPlan,
  GoalInput,
  SessionInput,
} from "../../../../../shared/api/scorecards.js";
import type { Services } from "../../../../platform/context.js";
import { AppError } from "../../../../platform/errors.js";
import type { Actor } from "../../../../platform/http/actor.js";
import { newId } from "../../../../platform/ids.js";
import { tenantDay } from "../../tenant-day.js";
import {
  analyticsCoachingGoals,
  analyticsCoachingPlans,
  analyticsCoachingSessions,
} from "../people.tables.js";
import { assertManages, scopeOf } from "../people-scope.js";
import { findPlan, readPlan } from "./coaching-plans.js";

// The lead's steps on an open plan: a goal, a session, closing it with an outcome.
async function openPlanOf(s: Services, actor: Actor, id: string) {
  const plan = await findPlan(s.db, actor.tenantId, id);
  assertManages(await scopeOf(s.db, actor), plan.userId, actor);
  if (plan.status !== "open") throw new AppError("scorecards.plan_closed");
  return plan;
}

export async function addGoal(
  s: Services,
  actor: Actor,
  id: string,
  input: GoalInput,
): Promise<CoachingPlan> {
  await openPlanOf(s, actor, id);
  await s.db.insert(analyticsCoachingGoals).values({
    id: newId("cog"),
    tenantId: actor.tenantId,
    planId: id,
    kpi: input.kpi,
    target: input.target,
    dueOn: input.dueOn,
  });
  return readPlan(s, actor, id);
}

export async function addSession(
  s: Services,
  actor: Actor,
  id: string,
  input: SessionInput,
): Promise<CoachingPlan> {
  await openPlanOf(s, actor, id);
  await s.db.insert(analyticsCoachingSessions).values({
    id: newId("cos"),
    tenantId: actor.tenantId,
    planId: id,
    heldOn: input.heldOn,
    notes: input.notes,
    actions: input.actions ?? "",
    byName: actor.name,
  });
  return readPlan(s, actor, id);
}

export async function closePlan(
  s: Services,
  actor: Actor,
  id: string,
  input: ClosePlanInput,
): Promise<CoachingPlan> {
  await openPlanOf(s, actor, id);
  const today = await tenantDay(s.db, actor.tenantId, s.clock.now());
  // Only an open plan closes: two leads closing at once cannot both write an outcome.
  const done = await s.db
    .update(analyticsCoachingPlans)
    .set({
      status: "closed",
      outcome: input.outcome,
      outcomeNote: input.note ?? "",
      closedOn: today,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(analyticsCoachingPlans.tenantId, actor.tenantId),
        eq(analyticsCoachingPlans.id, id),
        eq(analyticsCoachingPlans.status, "open"),
      ),
    )
    .returning({ id: analyticsCoachingPlans.id });
  if (done.length === 0) throw new AppError("scorecards.plan_closed");
  return readPlan(s, actor, id);
}
