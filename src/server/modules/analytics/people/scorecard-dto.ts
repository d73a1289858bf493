import type { Scorecard } from "../../../../shared/api/scorecards.js";
import type { analyticsScorecards } from "./people.tables.js";

export function scorecardDto(r: typeof analyticsScorecards.$inferSelect): Scorecard {
  return {
    id: r.id,
    period: r.period,
    role: r.role,
    subjectId: r.subjectId,
    subjectName: r.subjectName,
    volume: r.volume,
    score: r.score,
    categories: r.categories,
    kpis: r.kpis,
    weakKpis: r.kpis.filter((k) => k.belowTarget && k.weight > 0).map((k) => k.kpi),
    computedAt: r.computedAt.toISOString(),
  };
}
