import { and, desc, eq, inArray } from "drizzle-orm";
import type { Award, AwardInput } from "../../../../../shared/api/scorecards.js";
import type { Services } from "../../../../platform/context.js";
import { AppError } from "../../../../platform/errors.js";
import type { Actor } from "../../../../platform/http/actor.js";
import { newId } from "../../../../platform/ids.js";
import { periodRange } from "../../review/periods.js";
import { tenantDay } from "../../tenant-day.js";
import { selectWinners } from "../award-selection.js";
import { analyticsScorecards, analyticsServiceAwards } from "../people.tables.js";
import { computeScorecards } from "./compute-scorecards.js";

const dto = (r: typeof analyticsServiceAwards.$inferSelect): Award => ({
  id: r.id,
  period: r.period,
  role: r.role,
  rank: r.rank,
  userId: r.userId,
  userName: r.userName,
  score: r.score,
  volume: r.volume,
  minVolume: r.minVolume,
  scorecardId: r.scorecardId,
  awardedAt: r.createdAt.toISOString(),
});

// GET /service-awards: every service star, newest month first (everyone at work sees the winners).
export async function listAwards(s: Services, actor: Actor, userId?: string): Promise<{ items: Award[] }> {
  const rows = await s.db
    .select()
    .from(analyticsServiceAwards)
    .where(
      and(
        eq(analyticsServiceAwards.tenantId, actor.tenantId),
        userId ? eq(analyticsServiceAwards.userId, userId) : undefined,
      ),
    )
    .orderBy(desc(analyticsServiceAwards.period), analyticsServiceAwards.role, analyticsServiceAwards.rank);
  return { items: rows.map(dto) };
}

// POST /service-awards: picks a finished month's service stars per role from its final
// scorecards (computed first if they are not) and records them once.
export async function pickAwards(s: Services, actor: Actor, input: AwardInput): Promise<{ items: Award[] }> {
  const topN = input.topN ?? 1;
  const minVolume = input.minVolume ?? 10;
  const { period } = input;
  const today = await tenantDay(s.db, actor.tenantId, s.clock.now());
  if (periodRange("monthly", period).to >= today) throw new AppError("scorecards.period_open", { period });
  await computeScorecards(s.db, actor.tenantId, period, s.clock.now());
  return s.db.transaction(async (tx) => {
    const existing = await tx
      .select({ id: analyticsServiceAwards.id })
      .from(analyticsServiceAwards)
      .where(
        and(eq(analyticsServiceAwards.tenantId, actor.tenantId), eq(analyticsServiceAwards.period, period)),
      )
      .limit(1);
    if (existing.length > 0) throw new AppError("scorecards.awards_exist", { period });
    const cards = await tx
      .select()
      .from(analyticsScorecards)
      .where(
        and(
          eq(analyticsScorecards.tenantId, actor.tenantId),
          eq(analyticsScorecards.period, period),
          inArray(analyticsScorecards.role, ["agent", "technician"]),
        ),
      );
    if (cards.length === 0) throw new AppError("scorecards.not_computed", { period });
    const winners = selectWinners(cards, topN, minVolume);
    if (winners.length === 0) return { items: [] };
    const rows = await tx
      .insert(analyticsServiceAwards)
      .values(
        winners.map((w) => ({
          id: newId("awd"),
          tenantId: actor.tenantId,
          period,
          role: w.role as "agent" | "technician",
          rank: w.rank,
          userId: w.card.subjectId,
          userName: w.card.subjectName,
          scorecardId: w.card.id,
          score: w.card.score ?? 0,
          volume: w.card.volume,
          minVolume,
          awardedBy: actor.userId,
        })),
      )
      .returning();
    return { items: rows.map(dto) };
  });
}
