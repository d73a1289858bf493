import { and, desc, eq, sql } from "drizzle-orm";
import type { ScorecardList, ScorecardRole } from "../../../../../shared/api/scorecards.js";
import type { Services } from "../../../../platform/context.js";
import type { Actor } from "../../../../platform/http/actor.js";
import { lastCompletePeriod } from "../../review/periods.js";
import { tenantDay } from "../../tenant-day.js";
import { analyticsScorecards } from "../people.tables.js";
import { scopeOf, sees } from "../people-scope.js";
import { scorecardDto } from "../scorecard-dto.js";

// The latest month with stored cards; last month when none is stored yet.
async function defaultPeriod(s: Services, tenantId: string): Promise<string> {
  const [row] = await s.db
    .select({ period: sql<string | null>`max(${analyticsScorecards.period})` })
    .from(analyticsScorecards)
    .where(eq(analyticsScorecards.tenantId, tenantId));
  return row?.period ?? lastCompletePeriod("monthly", await tenantDay(s.db, tenantId, s.clock.now())).period;
}

// GET /scorecards: a month's stored cards the caller may see (the latest computed month by default), best first.
export async function listScorecards(
  s: Services,
  actor: Actor,
  q: { period?: string; role?: ScorecardRole },
): Promise<ScorecardList> {
  const period = q.period ?? (await defaultPeriod(s, actor.tenantId));
  const [scope, rows] = await Promise.all([
    scopeOf(s.db, actor),
    s.db
      .select()
      .from(analyticsScorecards)
      .where(
        and(
          eq(analyticsScorecards.tenantId, actor.tenantId),
          eq(analyticsScorecards.period, period),
          q.role ? eq(analyticsScorecards.role, q.role) : undefined,
        ),
      )
      .orderBy(sql`${analyticsScorecards.score} desc nulls last`, desc(analyticsScorecards.volume)),
  ]);
  return {
    period,
    computed: rows.length > 0,
    items: rows.filter((r) => sees(scope, r.subjectId)).map(scorecardDto),
  };
}
