import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Answers, Attempt } from "../../../../shared/api/training.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { drainAfterCommit } from "../../assignment/index.js";
import { users } from "../../auth/index.js";
import { issueCertification, tenantToday } from "../../field/index.js";
import { drawPaper } from "../paper.js";
import { gradeAttempt, outcomeOf, percentOf } from "../scoring.js";
import { examAttempts, examQuestions, exams, skillContests } from "../training.tables.js";
import { findExam } from "./find-exam.js";

type AttemptRow = typeof examAttempts.$inferSelect;
type ExamRow = typeof exams.$inferSelect;

// A few seconds for the network between the candidate's last click and the server.
const GRACE_MS = 15_000;

async function questionsOf(db: Db, tenantId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, typeof examQuestions.$inferSelect>();
  const rows = await db
    .select()
    .from(examQuestions)
    .where(and(eq(examQuestions.tenantId, tenantId), inArray(examQuestions.id, [...ids])));
  return new Map(rows.map((q) => [q.id, q]));
}

async function toAttempt(db: Db, a: AttemptRow, exam: ExamRow, now: Date): Promise<Attempt> {
  const qs = await questionsOf(
    db,
    a.tenantId,
    a.paper.map((p) => p.questionId),
  );
  const [u] = await db
    .select({ name: users.name })
    .from(users)
    .where(and(eq(users.tenantId, a.tenantId), eq(users.id, a.userId)));
  const open = a.status === "in_progress";
  return {
    id: a.id,
    examId: exam.id,
    examName: exam.name,
    skill: exam.skill,
    userId: a.userId,
    userName: u?.name ?? "",
    contestId: a.contestId,
    status: a.status,
    startedAt: a.startedAt.toISOString(),
    deadlineAt: a.deadlineAt.toISOString(),
    submittedAt: a.submittedAt?.toISOString() ?? null,
    secondsLeft: open ? Math.max(0, Math.floor((a.deadlineAt.getTime() - now.getTime()) / 1000)) : 0,
    score: a.score,
    maxScore: a.maxScore,
    percent: a.score === null ? null : percentOf(a.score, a.maxScore),
    passPercent: exam.passPercent,
    awaitingSignOff: a.awaitingSignOff,
    certificationId: a.certificationId,
    // The paper without its key: prompts and options in this attempt's order.
    paper: a.paper.map((p) => {
      const q = qs.get(p.questionId);
      return {
        questionId: p.questionId,
        kind: q?.kind ?? "short",
        prompt: q?.prompt ?? "",
        options: p.options.map((id) => ({ id, text: q?.options[id] ?? "" })),
        points: q?.points ?? 0,
      };
    }),
    results: open ? null : a.results,
    answers: open ? null : a.answers,
  };
}

// An attempt left open past its time limit is closed as failed, as if submitted empty.
async function closeIfLate(tx: Db, a: AttemptRow, now: Date) {
  if (a.status !== "in_progress" || now.getTime() <= a.deadlineAt.getTime() + GRACE_MS) return a;
  const results = Object.fromEntries(a.paper.map((p) => [p.questionId, false]));
  const [after] = await tx
    .update(examAttempts)
    .set({ status: "failed", submittedAt: a.deadlineAt, answers: {}, results, score: 0 })
    .where(eq(examAttempts.id, a.id))
    .returning();
  return after ?? a;
}

async function openContest(db: Db, tenantId: string, contestId: string, now: Date) {
  const [c] = await db
    .select()
    .from(skillContests)
    .where(and(eq(skillContests.tenantId, tenantId), eq(skillContests.id, contestId)));
  if (!c) throw new AppError("contest.not_found");
  if (now < c.startsAt || now >= c.endsAt) throw new AppError("contest.not_open");
  return c;
}

// Starts an attempt (or gives back the one still running): a paper drawn from the skill's bank
// with the attempt's id as seed, the deadline fixed by the server. Contest entries count apart.
export async function startAttempt(s: Services, actor: Actor, examId: string, contestId: string | null) {
  return s.db.transaction(async (tx) => {
    const now = s.clock.now();
    const contest = contestId ? await openContest(tx, actor.tenantId, contestId, now) : null;
    const exam = await findExam(tx, actor.tenantId, contest?.examId ?? examId);
    const mine = await tx
      .select()
      .from(examAttempts)
      .where(
        and(
          eq(examAttempts.tenantId, actor.tenantId),
          eq(examAttempts.examId, exam.id),
          eq(examAttempts.userId, actor.userId),
          contest ? eq(examAttempts.contestId, contest.id) : isNull(examAttempts.contestId),
        ),
      )
      .for("update");
    for (const a of mine) {
      const closed = await closeIfLate(tx, a, now);
      if (closed.status === "in_progress") return toAttempt(tx, closed, exam, now);
    }
    if (mine.length >= exam.maxAttempts) throw new AppError("exam.attempts_used", { max: exam.maxAttempts });
    const bank = await tx
      .select({ id: examQuestions.id, kind: examQuestions.kind, options: examQuestions.options })
      .from(examQuestions)
      .where(and(eq(examQuestions.tenantId, actor.tenantId), eq(examQuestions.skill, exam.skill)));
    if (bank.length < exam.questionCount)
      throw new AppError("exam.bank_too_small", {
        skill: exam.skill,
        have: bank.length,
        need: exam.questionCount,
      });
    const id = newId("att");
    const paper = drawPaper(
      bank.map((q) => ({ id: q.id, kind: q.kind, optionCount: q.options.length })),
      exam.questionCount,
      id,
    );
    const qs = await questionsOf(
      tx,
      actor.tenantId,
      paper.map((p) => p.questionId),
    );
    const maxScore = paper.reduce((sum, p) => sum + (qs.get(p.questionId)?.points ?? 0), 0);
    const [row] = await tx
      .insert(examAttempts)
      .values({
        id,
        tenantId: actor.tenantId,
        examId: exam.id,
        userId: actor.userId,
        contestId: contest?.id ?? null,
        seed: id,
        paper,
        status: "in_progress",
        startedAt: now,
        deadlineAt: new Date(now.getTime() + exam.timeLimitMinutes * 60_000),
        maxScore,
        createdAt: now,
      })
      .returning();
    if (!row) throw new Error("training: the write returned no row");
    return toAttempt(tx, row, exam, now);
  });
}

// The candidate's own attempt; managers (admin, supervisor, qa) may read anyone's.
async function attemptFor(tx: Db, actor: Actor, id: string, lock = false) {
  const q = tx
    .select()
    .from(examAttempts)
    .where(
      and(
        eq(examAttempts.tenantId, actor.tenantId),
        eq(examAttempts.id, id),
        ["admin", "supervisor", "qa"].includes(actor.role)
          ? undefined
          : eq(examAttempts.userId, actor.userId),
      ),
    );
  const [a] = lock ? await q.for("update") : await q;
  if (!a) throw new AppError("exam.attempt_not_found");
  return a;
}

export async function getAttempt(s: Services, actor: Actor, id: string) {
  return s.db.transaction(async (tx) => {
    const now = s.clock.now();
    const a = await closeIfLate(tx, await attemptFor(tx, actor, id, true), now);
    return toAttempt(tx, a, await findExam(tx, actor.tenantId, a.examId), now);
  });
}

const addMonths = (date: string, months: number) => {
  const [y = 0, m = 1, d = 1] = date.split("-").map(Number);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
};

// Passed (and signed off where the exam asks for it): the person is certified for the exam's
// skill through the field module's command, valid for the exam's validity from today.
async function certify(tx: Db, s: Services, a: AttemptRow, exam: ExamRow, actorId: string | null) {
  const today = await tenantToday(tx, s, a.tenantId);
  // A newly certified person may take tickets that waited for someone certified.
  drainAfterCommit(tx, s, a.tenantId);
  const cert = await issueCertification(tx, s, {
    tenantId: a.tenantId,
    actorId,
    userId: a.userId,
    skill: exam.skill,
    name: exam.name,
    expiresOn: addMonths(today, exam.validityMonths),
    source: { kind: "exam", attemptId: a.id },
  });
  return cert.id;
}

// Grades and closes an attempt, and certifies when it passed; contests rank by score and time.
async function settle(
  tx: Db,
  s: Services,
  a: AttemptRow,
  exam: ExamRow,
  reviewed: Record<string, boolean>,
  by: string,
) {
  const qs = await questionsOf(
    tx,
    a.tenantId,
    a.paper.map((p) => p.questionId),
  );
  const keyed = a.paper.flatMap((p) => {
    const q = qs.get(p.questionId);
    return q ? [{ id: q.id, kind: q.kind, correct: q.correct, points: q.points }] : [];
  });
  const grading = gradeAttempt(keyed, a.answers ?? {}, { ...(a.results ?? {}), ...reviewed });
  const status = outcomeOf(grading, exam.passPercent);
  const passed = status === "passed";
  const awaitingSignOff = passed && exam.practicalSignOff;
  const certificationId =
    passed && !awaitingSignOff && !exam.practicalSignOff ? await certify(tx, s, a, exam, by) : null;
  const [after] = await tx
    .update(examAttempts)
    .set({ status, results: grading.results, score: grading.score, awaitingSignOff, certificationId })
    .where(eq(examAttempts.id, a.id))
    .returning();
  if (!after) throw new Error("training: the write returned no row");
  return after;
}

export async function submitAttempt(s: Services, actor: Actor, id: string, body: Answers) {
  const outcome = await s.db.transaction(async (tx) => {
    const now = s.clock.now();
    const a = await attemptFor(tx, actor, id, true);
    if (a.userId !== actor.userId || a.status !== "in_progress")
      return { late: false, error: "exam.attempt_closed" as const };
    const exam = await findExam(tx, actor.tenantId, a.examId);
    const closed = await closeIfLate(tx, a, now);
    // The late attempt is closed (committed), then the candidate hears why nothing counted.
    if (closed.status !== "in_progress") return { late: true };
    const onPaper = new Map(a.paper.map((p) => [p.questionId, p.options]));
    for (const [qid, given] of Object.entries(body.answers)) {
      const options = onPaper.get(qid);
      if (!options) return { late: false, error: "exam.answer_invalid" as const };
      if (Array.isArray(given) && given.some((o) => !options.includes(o)))
        return { late: false, error: "exam.answer_invalid" as const };
    }
    const [withAnswers] = await tx
      .update(examAttempts)
      .set({ answers: body.answers, submittedAt: now })
      .where(eq(examAttempts.id, a.id))
      .returning();
    if (!withAnswers) throw new Error("training: the write returned no row");
    const after = await settle(tx, s, withAnswers, exam, {}, actor.userId);
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "exam.attempt_submitted",
      entityType: "exam_attempt",
      entityId: a.id,
      data: { examId: exam.id, status: after.status, score: after.score, maxScore: after.maxScore },
      at: now,
    });
    return { late: false, attempt: await toAttempt(tx, after, exam, now) };
  });
  if (outcome.late) throw new AppError("exam.time_up");
  if ("error" in outcome && outcome.error) throw new AppError(outcome.error);
  if (!("attempt" in outcome) || !outcome.attempt) throw new Error("training: no attempt");
  return outcome.attempt;
}

// A reviewer grades the short answers of an attempt; the attempt is then scored and settled.
export async function reviewAttempt(s: Services, actor: Actor, id: string, grades: Record<string, boolean>) {
  return s.db.transaction(async (tx) => {
    const a = await attemptFor(tx, actor, id, true);
    if (a.status !== "pending_review") throw new AppError("exam.nothing_to_review");
    const waiting = Object.entries(a.results ?? {})
      .filter(([, r]) => r === null)
      .map(([q]) => q);
    if (Object.keys(grades).some((q) => !waiting.includes(q))) throw new AppError("exam.answer_invalid");
    const exam = await findExam(tx, actor.tenantId, a.examId);
    const after = await settle(tx, s, a, exam, grades, actor.userId);
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "exam.attempt_reviewed",
      entityType: "exam_attempt",
      entityId: a.id,
      data: { grades, status: after.status },
      at: s.clock.now(),
    });
    return toAttempt(tx, after, exam, s.clock.now());
  });
}

// The practical part, signed off by a supervisor: only now is a passed attempt certified.
export async function signOffAttempt(s: Services, actor: Actor, id: string) {
  return s.db.transaction(async (tx) => {
    const a = await attemptFor(tx, actor, id, true);
    if (!a.awaitingSignOff) throw new AppError("exam.no_sign_off_needed");
    const exam = await findExam(tx, actor.tenantId, a.examId);
    const certificationId = await certify(tx, s, a, exam, actor.userId);
    const [after] = await tx
      .update(examAttempts)
      .set({ awaitingSignOff: false, signedOffBy: actor.userId, certificationId })
      .where(eq(examAttempts.id, a.id))
      .returning();
    if (!after) throw new Error("training: the write returned no row");
    return toAttempt(tx, after, exam, s.clock.now());
  });
}

// Attempts to look at: the caller's own, or for managers those waiting for review or sign-off.
export async function listAttempts(s: Services, actor: Actor, filter: { waiting: boolean }) {
  const manager = ["admin", "supervisor", "qa"].includes(actor.role);
  const rows = await s.db
    .select({ a: examAttempts, e: exams })
    .from(examAttempts)
    .innerJoin(exams, and(eq(exams.tenantId, examAttempts.tenantId), eq(exams.id, examAttempts.examId)))
    .where(
      and(
        eq(examAttempts.tenantId, actor.tenantId),
        filter.waiting && manager ? undefined : eq(examAttempts.userId, actor.userId),
      ),
    )
    .orderBy(asc(examAttempts.startedAt), asc(examAttempts.id));
  const now = s.clock.now();
  const chosen = filter.waiting
    ? rows.filter((r) => r.a.status === "pending_review" || r.a.awaitingSignOff)
    : rows;
  return Promise.all(chosen.map((r) => toAttempt(s.db, r.a, r.e, now)));
}
