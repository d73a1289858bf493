import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Exam, NewExam, NewQuestion, Question } from "../../../../shared/api/training.js";
import { ZNewExam, ZNewQuestion } from "../../../../shared/api/training.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { examAttempts, examQuestions, exams } from "../training.tables.js";
import { questionRates } from "./exam-statistics.js";

type QuestionRow = typeof examQuestions.$inferSelect;

// The key must fit the kind: one right option of a single choice, at least one of a multiple
// choice, true/false as [1] or [0], none for a short answer (a reviewer grades it).
function checkKey(q: ReturnType<typeof ZNewQuestion.parse>) {
  const fail = (reason: string) => {
    throw new AppError("exam.question_invalid", { reason });
  };
  const inRange = q.correct.every((i) => i < q.options.length);
  if (q.kind === "single" || q.kind === "multiple") {
    if (q.options.length < 2) fail("2+ options");
    if (!inRange) fail("correct ∉ options");
    if (q.kind === "single" && q.correct.length !== 1) fail("single = 1");
    if (q.kind === "multiple" && q.correct.length < 1) fail("multiple ≥ 1");
    if (new Set(q.correct).size !== q.correct.length) fail("duplicate");
  } else if (q.kind === "true_false") {
    if (q.correct.length !== 1 || (q.correct[0] !== 0 && q.correct[0] !== 1)) fail("true_false = [1] | [0]");
    return { ...q, options: [] };
  } else if (q.correct.length > 0 || q.options.length > 0) fail("short = no options");
  return q;
}

const toQuestion = (r: QuestionRow, rate?: { asked: number; right: number }): Question => ({
  id: r.id,
  skill: r.skill,
  kind: r.kind,
  prompt: r.prompt,
  options: r.options,
  correct: r.correct,
  points: r.points,
  asked: rate?.asked ?? 0,
  rightRate: rate && rate.asked > 0 ? rate.right / rate.asked : null,
});

export async function addQuestion(s: Services, actor: Actor, body: NewQuestion): Promise<Question> {
  const q = checkKey(ZNewQuestion.parse(body));
  return s.db.transaction(async (tx) => {
    const now = s.clock.now();
    const [row] = await tx
      .insert(examQuestions)
      .values({ id: newId("exq"), tenantId: actor.tenantId, ...q, createdAt: now })
      .returning();
    if (!row) throw new Error("training: the write returned no row");
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "exam.question_added",
      entityType: "exam_question",
      entityId: row.id,
      data: { skill: row.skill, kind: row.kind },
      at: now,
    });
    return toQuestion(row);
  });
}

export async function listQuestions(s: Services, actor: Actor, skill?: string): Promise<Question[]> {
  const rows = await s.db
    .select()
    .from(examQuestions)
    .where(
      and(eq(examQuestions.tenantId, actor.tenantId), skill ? eq(examQuestions.skill, skill) : undefined),
    )
    .orderBy(asc(examQuestions.skill), asc(examQuestions.createdAt), asc(examQuestions.id));
  const rates = await questionRates(s.db, actor.tenantId);
  return rows.map((r) => toQuestion(r, rates.get(r.id)));
}

async function bankSizes(db: Db, tenantId: string) {
  const rows = await db
    .select({ skill: examQuestions.skill, n: sql<number>`count(*)::int` })
    .from(examQuestions)
    .where(eq(examQuestions.tenantId, tenantId))
    .groupBy(examQuestions.skill);
  return new Map(rows.map((r) => [r.skill, Number(r.n)]));
}

export async function createExam(s: Services, actor: Actor, body: NewExam) {
  const input = ZNewExam.parse(body);
  return s.db.transaction(async (tx) => {
    const have = (await bankSizes(tx, actor.tenantId)).get(input.skill) ?? 0;
    if (have < input.questionCount)
      throw new AppError("exam.bank_too_small", { skill: input.skill, have, need: input.questionCount });
    const now = s.clock.now();
    const [row] = await tx
      .insert(exams)
      .values({ id: newId("exm"), tenantId: actor.tenantId, ...input, createdAt: now })
      .returning();
    if (!row) throw new Error("training: the write returned no row");
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "exam.created",
      entityType: "exam",
      entityId: row.id,
      data: input,
      at: now,
    });
    return (await listExams(s, actor, tx)).find((e) => e.id === row.id) as Exam;
  });
}

const RANK = { passed: 3, pending_review: 2, failed: 1, in_progress: 0 } as const;

// Every exam with the caller's own standing in it.
export async function listExams(s: Services, actor: Actor, db: Db = s.db): Promise<Exam[]> {
  const rows = await db
    .select()
    .from(exams)
    .where(eq(exams.tenantId, actor.tenantId))
    .orderBy(desc(exams.createdAt), asc(exams.id));
  const sizes = await bankSizes(db, actor.tenantId);
  const mine =
    rows.length === 0
      ? []
      : await db
          .select({ examId: examAttempts.examId, status: examAttempts.status })
          .from(examAttempts)
          .where(
            and(
              eq(examAttempts.tenantId, actor.tenantId),
              eq(examAttempts.userId, actor.userId),
              inArray(
                examAttempts.examId,
                rows.map((r) => r.id),
              ),
            ),
          );
  return rows.map((e) => {
    const own = mine.filter((m) => m.examId === e.id);
    const best = own.reduce<(typeof own)[number] | null>(
      (b, m) => (!b || RANK[m.status] > RANK[b.status] ? m : b),
      null,
    );
    return {
      id: e.id,
      name: e.name,
      skill: e.skill,
      questionCount: e.questionCount,
      timeLimitMinutes: e.timeLimitMinutes,
      passPercent: e.passPercent,
      maxAttempts: e.maxAttempts,
      validityMonths: e.validityMonths,
      practicalSignOff: e.practicalSignOff,
      bankSize: sizes.get(e.skill) ?? 0,
      myAttempts: own.length,
      myBest: best?.status ?? null,
    };
  });
}
