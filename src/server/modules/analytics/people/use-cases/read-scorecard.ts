import { and, asc, desc, eq, lte } from "drizzle-orm";
import type { ScorecardDetail } from "../../../../../shared/api/scorecards.js";
import type { Services } from "../../../../platform/context.js";
import { AppError } from "../../../../platform/errors.js";
import type { Actor } from "../../../../platform/http/actor.js";
import { analyticsCoachingPlans, analyticsScorecards, analyticsServiceAwards } from "../people.tables.js";
import { assertSees, scopeOf } from "../people-scope.js";
import { scorecardDto } from "../scorecard-dto.js";

// GET /scorecards/{id}: one card with its KPI lines, the subject's trend over the stored months up
// to it (twelve at most), their service stars and coaching plans. Someone else's card is 403.
export async function readScorecard(s: Services, actor: Actor, id: string): Promise<ScorecardDetail> {
  const [row] = await s.db
    .select()
    .from(analyticsScorecards)
    .where(and(eq(analyticsScorecards.tenantId, actor.tenantId), eq(analyticsScorecards.id, id)));
  if (!row) throw new AppError("scorecards.not_found");
  assertSees(await scopeOf(s.db, actor), row.subjectId);
  const subject = and(
    eq(analyticsScorecards.tenantId, actor.tenantId),
    eq(analyticsScorecards.subjectId, row.subjectId),
  );
  const [history, awards, plans] = await Promise.all([
    s.db
      .select({ period: analyticsScorecards.period, score: analyticsScorecards.score })
      .from(analyticsScorecards)
      .where(and(subject, lte(analyticsScorecards.period, row.period)))
      .orderBy(desc(analyticsScorecards.period))
      .limit(12),
    s.db
      .select({ period: analyticsServiceAwards.period, rank: analyticsServiceAwards.rank })
      .from(analyticsServiceAwards)
      .where(
        and(
          eq(analyticsServiceAwards.tenantId, actor.tenantId),
          eq(analyticsServiceAwards.userId, row.subjectId),
        ),
      )
      .orderBy(desc(analyticsServiceAwards.period)),
    s.db
      .select({
        id: analyticsCoachingPlans.id,
        status: analyticsCoachingPlans.status,
        openedOn: analyticsCoachingPlans.openedOn,
      })
      .from(analyticsCoachingPlans)
      .where(
        and(
          eq(analyticsCoachingPlans.tenantId, actor.tenantId),
          eq(analyticsCoachingPlans.userId, row.subjectId),
        ),
      )
      .orderBy(asc(analyticsCoachingPlans.openedOn)),
  ]);
  return { ...scorecardDto(row), trend: history.reverse(), awards, plans };
}
