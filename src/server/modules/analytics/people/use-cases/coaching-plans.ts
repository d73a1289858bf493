import { and, asc, desc, eq } from "drizzle-orm";
import type { CoachingPlan, CoachingPlanList } from "../../../../../shared/api/scorecards.js";
import type { Services } from "../../../../platform/context.js";
import type { Db } from "../../../../platform/db/client.js";
import { AppError } from "../../../../platform/errors.js";
import type { Actor } from "../../../../platform/http/actor.js";
import { newId } from "../../../../platform/ids.js";
import { sumRollups } from "../../kpi-query.js";
import { findKpi } from "../../kpis/catalogue.js";
import { refreshTenant } from "../../rollups.js";
import { tenantDay } from "../../tenant-day.js";
import {
  analyticsCoachingGoals,
  analyticsCoachingPlans,
  analyticsCoachingSessions,
  analyticsScorecards,
} from "../people.tables.js";
import { assertManages, assertSees, scopeOf, sees } from "../people-scope.js";

const DAY = 86_400_000;
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
// Goals pre-filled from a scorecard are due at the end of the next full quarter's worth of days.
const GOAL_DAYS = 90;
// Follow-up compares the tickets created since the plan opened with the 30 days before it.
const BEFORE_DAYS = 30;

export async function findPlan(db: Db, tenantId: string, id: string) {
  const [plan] = await db
    .select()
    .from(analyticsCoachingPlans)
    .where(and(eq(analyticsCoachingPlans.tenantId, tenantId), eq(analyticsCoachingPlans.id, id)));
  if (!plan) throw new AppError("scorecards.plan_not_found");
  return plan;
}

// POST /coaching-plans: a lead opens a plan for a person from one of their scorecards below
// target; each weak KPI becomes a goal (the target it missed, due in 90 days).
export async function openPlan(s: Services, actor: Actor, scorecardId: string): Promise<CoachingPlan> {
  const [card] = await s.db
    .select()
    .from(analyticsScorecards)
    .where(and(eq(analyticsScorecards.tenantId, actor.tenantId), eq(analyticsScorecards.id, scorecardId)));
  if (!card) throw new AppError("scorecards.not_found");
  assertManages(await scopeOf(s.db, actor), card.subjectId, actor);
  if (card.role === "team") throw new AppError("scorecards.not_a_person");
  const weak = card.kpis.filter((k) => k.belowTarget && k.weight > 0 && k.target !== null);
  if (weak.length === 0) throw new AppError("scorecards.on_target");
  const today = await tenantDay(s.db, actor.tenantId, s.clock.now());
  const id = newId("cop");
  await s.db.transaction(async (tx) => {
    const [open] = await tx
      .select({ id: analyticsCoachingPlans.id })
      .from(analyticsCoachingPlans)
      .where(
        and(
          eq(analyticsCoachingPlans.tenantId, actor.tenantId),
          eq(analyticsCoachingPlans.userId, card.subjectId),
          eq(analyticsCoachingPlans.status, "open"),
        ),
      )
      .for("update");
    if (open) throw new AppError("scorecards.plan_open_exists", { name: card.subjectName });
    await tx.insert(analyticsCoachingPlans).values({
      id,
      tenantId: actor.tenantId,
      userId: card.subjectId,
      userName: card.subjectName,
      scorecardId: card.id,
      period: card.period,
      openedOn: today,
      openedBy: actor.userId,
      openedByName: actor.name,
    });
    await tx.insert(analyticsCoachingGoals).values(
      weak.map((k) => ({
        id: newId("cog"),
        tenantId: actor.tenantId,
        planId: id,
        kpi: k.kpi,
        target: k.target as number,
        dueOn: addDays(today, GOAL_DAYS),
      })),
    );
  });
  return readPlan(s, actor, id);
}

// Whether the value since the plan opened meets a goal (the KPI's own direction; volume: at least).
function goalMet(kpi: string, target: number, since: number | null): boolean | null {
  if (since === null) return null;
  return findKpi(kpi)?.direction === "lower" ? since <= target : since >= target;
}

// GET /coaching-plans/{id}: the plan, its goals with the follow-up measurement, its sessions.
export async function readPlan(s: Services, actor: Actor, id: string): Promise<CoachingPlan> {
  const plan = await findPlan(s.db, actor.tenantId, id);
  assertSees(await scopeOf(s.db, actor), plan.userId);
  const today = await tenantDay(s.db, actor.tenantId, s.clock.now());
  // Dates as YYYY-MM-DD sort as text: the later of the end and the opening day.
  const sinceTo = [plan.closedOn ?? today, plan.openedOn].sort()[1] as string;
  const window = {
    beforeFrom: addDays(plan.openedOn, -BEFORE_DAYS),
    beforeTo: addDays(plan.openedOn, -1),
    sinceFrom: plan.openedOn,
    sinceTo,
  };
  await refreshTenant(s.db, actor.tenantId, s.clock.now());
  const only = { dim: "agent" as const, key: plan.userId };
  const [goals, sessions, before, since] = await Promise.all([
    s.db
      .select()
      .from(analyticsCoachingGoals)
      .where(and(eq(analyticsCoachingGoals.tenantId, actor.tenantId), eq(analyticsCoachingGoals.planId, id)))
      .orderBy(asc(analyticsCoachingGoals.createdAt), asc(analyticsCoachingGoals.id)),
    s.db
      .select()
      .from(analyticsCoachingSessions)
      .where(
        and(eq(analyticsCoachingSessions.tenantId, actor.tenantId), eq(analyticsCoachingSessions.planId, id)),
      )
      .orderBy(asc(analyticsCoachingSessions.heldOn), asc(analyticsCoachingSessions.id)),
    sumRollups(s.db, actor.tenantId, { from: window.beforeFrom, to: window.beforeTo }, null, only),
    sumRollups(s.db, actor.tenantId, { from: window.sinceFrom, to: window.sinceTo }, null, only),
  ]);
  const value = (kpi: string, m: typeof before.total) => findKpi(kpi)?.compute(m) ?? null;
  return {
    id: plan.id,
    userId: plan.userId,
    userName: plan.userName,
    scorecardId: plan.scorecardId,
    period: plan.period,
    status: plan.status,
    openedOn: plan.openedOn,
    openedByName: plan.openedByName,
    outcome: plan.outcome,
    outcomeNote: plan.outcomeNote,
    closedOn: plan.closedOn,
    followUp: window,
    goals: goals.map((g) => {
      const sinceValue = value(g.kpi, since.total);
      return {
        id: g.id,
        kpi: g.kpi,
        target: g.target,
        dueOn: g.dueOn,
        before: value(g.kpi, before.total),
        since: sinceValue,
        met: goalMet(g.kpi, g.target, sinceValue),
      };
    }),
    sessions: sessions.map((x) => ({
      id: x.id,
      heldOn: x.heldOn,
      notes: x.notes,
      actions: x.actions,
      byName: x.byName,
    })),
  };
}

// GET /coaching-plans: the plans the caller may see (their own, or their people's), newest first.
export async function listPlans(
  s: Services,
  actor: Actor,
  status?: "open" | "closed",
): Promise<CoachingPlanList> {
  const [scope, rows] = await Promise.all([
    scopeOf(s.db, actor),
    s.db
      .select()
      .from(analyticsCoachingPlans)
      .where(
        and(
          eq(analyticsCoachingPlans.tenantId, actor.tenantId),
          status ? eq(analyticsCoachingPlans.status, status) : undefined,
        ),
      )
      .orderBy(desc(analyticsCoachingPlans.openedOn), desc(analyticsCoachingPlans.id)),
  ]);
  return {
    items: rows
      .filter((r) => sees(scope, r.userId))
      .map((r) => ({
        id: r.id,
        userId: r.userId,
        userName: r.userName,
        period: r.period,
        status: r.status,
        openedOn: r.openedOn,
        outcome: r.outcome,
      })),
  };
}
