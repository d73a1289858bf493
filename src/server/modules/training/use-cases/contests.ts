import { and, asc, desc, eq, gte, inArray, lt } from "drizzle-orm";
import type { Contest, Leaderboard, NewContest } from "../../../../shared/api/training.js";
import { ZNewContest } from "../../../../shared/api/training.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { users } from "../../auth/index.js";
import { percentOf } from "../scoring.js";
import { examAttempts, exams, skillContests } from "../training.tables.js";
import { findExam } from "./find-exam.js";

type ContestRow = typeof skillContests.$inferSelect;

const toContest = (c: ContestRow, examName: string, now: Date): Contest => ({
  id: c.id,
  name: c.name,
  examId: c.examId,
  examName,
  startsAt: c.startsAt.toISOString(),
  endsAt: c.endsAt.toISOString(),
  open: now >= c.startsAt && now < c.endsAt,
});

export async function createContest(s: Services, actor: Actor, body: NewContest): Promise<Contest> {
  const input = ZNewContest.parse(body);
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  if (endsAt <= startsAt) throw new AppError("contest.window_invalid");
  return s.db.transaction(async (tx) => {
    const exam = await findExam(tx, actor.tenantId, input.examId);
    const now = s.clock.now();
    const [row] = await tx
      .insert(skillContests)
      .values({
        id: newId("cst"),
        tenantId: actor.tenantId,
        name: input.name,
        examId: exam.id,
        startsAt,
        endsAt,
        createdAt: now,
      })
      .returning();
    if (!row) throw new Error("training: the write returned no row");
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "contest.created",
      entityType: "skill_contest",
      entityId: row.id,
      data: input,
      at: now,
    });
    return toContest(row, exam.name, now);
  });
}

export async function listContests(s: Services, actor: Actor): Promise<Contest[]> {
  const rows = await s.db
    .select({ c: skillContests, examName: exams.name })
    .from(skillContests)
    .innerJoin(exams, and(eq(exams.tenantId, skillContests.tenantId), eq(exams.id, skillContests.examId)))
    .where(eq(skillContests.tenantId, actor.tenantId))
    .orderBy(desc(skillContests.startsAt), asc(skillContests.id));
  const now = s.clock.now();
  return rows.map((r) => toContest(r.c, r.examName, now));
}

// Each person's best graded entry submitted within the window: higher score first, then less time.
export async function leaderboard(s: Services, actor: Actor, id: string): Promise<Leaderboard> {
  const [row] = await s.db
    .select({ c: skillContests, examName: exams.name })
    .from(skillContests)
    .innerJoin(exams, and(eq(exams.tenantId, skillContests.tenantId), eq(exams.id, skillContests.examId)))
    .where(and(eq(skillContests.tenantId, actor.tenantId), eq(skillContests.id, id)));
  if (!row) throw new AppError("contest.not_found");
  const entries = await s.db
    .select({ a: examAttempts, userName: users.name })
    .from(examAttempts)
    .innerJoin(users, and(eq(users.tenantId, examAttempts.tenantId), eq(users.id, examAttempts.userId)))
    .where(
      and(
        eq(examAttempts.tenantId, actor.tenantId),
        eq(examAttempts.contestId, row.c.id),
        inArray(examAttempts.status, ["passed", "failed"]),
        gte(examAttempts.submittedAt, row.c.startsAt),
        lt(examAttempts.submittedAt, row.c.endsAt),
      ),
    );
  const best = new Map<
    string,
    { userId: string; userName: string; score: number; maxScore: number; seconds: number }
  >();
  for (const e of entries) {
    const seconds = Math.round(((e.a.submittedAt?.getTime() ?? 0) - e.a.startedAt.getTime()) / 1000);
    const score = e.a.score ?? 0;
    const was = best.get(e.a.userId);
    if (!was || score > was.score || (score === was.score && seconds < was.seconds))
      best.set(e.a.userId, {
        userId: e.a.userId,
        userName: e.userName,
        score,
        maxScore: e.a.maxScore,
        seconds,
      });
  }
  const ranked = [...best.values()].sort(
    (a, b) => b.score - a.score || a.seconds - b.seconds || a.userId.localeCompare(b.userId),
  );
  return {
    contest: toContest(row.c, row.examName, s.clock.now()),
    rows: ranked.map((r, i) => ({
      rank: i + 1,
      userId: r.userId,
      userName: r.userName,
      score: r.score,
      percent: percentOf(r.score, r.maxScore),
      seconds: r.seconds,
    })),
  };
}
