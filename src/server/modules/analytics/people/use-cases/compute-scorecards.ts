import { and, eq, sql } from "drizzle-orm";
import type { ScorecardRole } from "../../../../../shared/api/scorecards.js";
import { SCORECARD_KPIS } from "../../../../../shared/api/scorecards.js";
import type { Db } from "../../../../platform/db/client.js";
import { AppError } from "../../../../platform/errors.js";
import { newId } from "../../../../platform/ids.js";
import { sumRollups } from "../../kpi-query.js";
import { findKpi } from "../../kpis/catalogue.js";
import { type Measures, zeroMeasures } from "../../kpis/measures.js";
import { periodRange } from "../../review/periods.js";
import { refreshTenant } from "../../rollups.js";
import { dayIn, tenantTimeZone } from "../../tenant-day.js";
import { tenantTargets } from "../../use-cases/targets.js";
import { analyticsScorecards } from "../people.tables.js";
import { scoredPeople, tenantTeams } from "../people-directory.js";
import { type KpiReading, peerMean, scoreCard } from "../scoring.js";
import { tenantWeights } from "./scorecard-weights.js";

type Subject = { id: string; name: string; role: ScorecardRole; measures: Measures };

// Whether the month's stored cards are final: computed after the month ended (tenant time zone).
// Final months are never computed again, so later targets and weights leave them as they were.
async function storedState(db: Db, tenantId: string, period: string, tz: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int`, last: sql<Date | null>`max(${analyticsScorecards.computedAt})` })
    .from(analyticsScorecards)
    .where(and(eq(analyticsScorecards.tenantId, tenantId), eq(analyticsScorecards.period, period)));
  const n = Number(row?.n ?? 0);
  const last = row?.last ? new Date(row.last) : null;
  const final = n > 0 && last !== null && dayIn(tz, last) > periodRange("monthly", period).to;
  return { n, final };
}

// Computes (or, while the month runs or was computed before it ended, recomputes) the month's
// scorecards of every agent, technician and team from the rollups of tickets created that month and
// now assigned to them. Returns whether anything was written.
export async function computeScorecards(
  db: Db,
  tenantId: string,
  period: string,
  now: Date,
): Promise<boolean> {
  const tz = await tenantTimeZone(db, tenantId);
  const range = periodRange("monthly", period);
  if (range.from > dayIn(tz, now)) throw new AppError("scorecards.future_period", { period });
  if ((await storedState(db, tenantId, period, tz)).final) return false;
  await refreshTenant(db, tenantId, now);
  const [people, teams, byAgent, byTeam, targets, weights] = await Promise.all([
    scoredPeople(db, tenantId),
    tenantTeams(db, tenantId),
    sumRollups(db, tenantId, range, "agent"),
    sumRollups(db, tenantId, range, "team"),
    tenantTargets(db, tenantId),
    tenantWeights(db, tenantId),
  ]);
  const agentMeasures = new Map(byAgent.groups.map((g) => [g.key, g.measures]));
  const teamMeasures = new Map(byTeam.groups.map((g) => [g.key, g.measures]));
  const subjects: Subject[] = [
    ...people.map((p) => ({ ...p, measures: agentMeasures.get(p.id) ?? zeroMeasures() })),
    ...teams.map((t) => ({
      ...t,
      role: "team" as const,
      measures: teamMeasures.get(t.id) ?? zeroMeasures(),
    })),
  ];
  const volumeTarget = new Map(
    (["agent", "technician", "team"] as const).map((r) => [
      r,
      peerMean(subjects.filter((x) => x.role === r).map((x) => x.measures.created)),
    ]),
  );
  const computedAt = now;
  const values = subjects.map((x) => {
    const readings: KpiReading[] = SCORECARD_KPIS.map(({ kpi }) => {
      const def = findKpi(kpi);
      const value = def ? def.compute(x.measures) : null;
      const target = kpi === "volume" ? (volumeTarget.get(x.role) ?? null) : (targets.get(kpi) ?? null);
      return { kpi, direction: def?.direction ?? "neutral", value, target };
    });
    const card = scoreCard(readings, weights.get(x.role) ?? ({} as never));
    return {
      id: newId("scd"),
      tenantId,
      period,
      role: x.role,
      subjectId: x.id,
      subjectName: x.name,
      volume: x.measures.created,
      score: card.score,
      categories: card.categories,
      kpis: card.kpis,
      computedAt,
    };
  });
  if (values.length === 0) return false;
  await db
    .insert(analyticsScorecards)
    .values(values)
    .onConflictDoUpdate({
      target: [analyticsScorecards.tenantId, analyticsScorecards.period, analyticsScorecards.subjectId],
      set: {
        role: sql`excluded.role`,
        subjectName: sql`excluded.subject_name`,
        volume: sql`excluded.volume`,
        score: sql`excluded.score`,
        categories: sql`excluded.categories`,
        kpis: sql`excluded.kpis`,
        computedAt: sql`excluded.computed_at`,
      },
    });
  return true;
}

// The schedule: last month's cards for every tenant, once that month has ended (and once more if
// they were computed before it ended).
export async function computeLastMonths(db: Db, tenantIds: string[], now: Date): Promise<void> {
  for (const tenantId of tenantIds) {
    const today = dayIn(await tenantTimeZone(db, tenantId), now);
    const year = Number(today.slice(0, 4));
    const month = Number(today.slice(5, 7));
    const last = month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, "0")}`;
    await computeScorecards(db, tenantId, last, now);
  }
}
