import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { ExamStatistics } from "../../../../shared/api/training.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import type { Actor } from "../../../platform/http/actor.js";
import { examAttempts, examQuestions } from "../training.tables.js";
import { findExam } from "./find-exam.js";

// Below this rate of right answers a question is a training gap (most candidates get it wrong).
const GAP_RATE = 0.5;

// How often each question was asked in a graded attempt and answered right.
export async function questionRates(db: Db, tenantId: string, examId?: string) {
  const rows = await db
    .select({ results: examAttempts.results })
    .from(examAttempts)
    .where(
      and(
        eq(examAttempts.tenantId, tenantId),
        isNotNull(examAttempts.results),
        examId ? eq(examAttempts.examId, examId) : undefined,
      ),
    );
  const rates = new Map<string, { asked: number; right: number }>();
  for (const r of rows)
    for (const [q, right] of Object.entries(r.results ?? {})) {
      if (right === null) continue;
      const rate = rates.get(q) ?? { asked: 0, right: 0 };
      rate.asked++;
      if (right) rate.right++;
      rates.set(q, rate);
    }
  return rates;
}

export async function examStatistics(s: Services, actor: Actor, examId: string): Promise<ExamStatistics> {
  const exam = await findExam(s.db, actor.tenantId, examId);
  const attempts = await s.db
    .select({ status: examAttempts.status })
    .from(examAttempts)
    .where(and(eq(examAttempts.tenantId, actor.tenantId), eq(examAttempts.examId, exam.id)));
  const graded = attempts.filter((a) => a.status === "passed" || a.status === "failed");
  const passed = graded.filter((a) => a.status === "passed").length;
  const rates = await questionRates(s.db, actor.tenantId, exam.id);
  const ids = [...rates.keys()];
  const prompts =
    ids.length === 0
      ? []
      : await s.db
          .select({ id: examQuestions.id, prompt: examQuestions.prompt })
          .from(examQuestions)
          .where(and(eq(examQuestions.tenantId, actor.tenantId), inArray(examQuestions.id, ids)));
  const questions = prompts
    .map((p) => {
      const r = rates.get(p.id) ?? { asked: 0, right: 0 };
      return {
        questionId: p.id,
        prompt: p.prompt,
        asked: r.asked,
        rightRate: r.asked ? r.right / r.asked : null,
      };
    })
    .sort((a, b) => (a.rightRate ?? 1) - (b.rightRate ?? 1) || a.questionId.localeCompare(b.questionId));
  return {
    attempts: graded.length,
    passed,
    passRate: graded.length ? passed / graded.length : null,
    questions,
    gaps: questions.flatMap((q) =>
      q.rightRate !== null && q.rightRate < GAP_RATE
        ? [{ questionId: q.questionId, prompt: q.prompt, rightRate: q.rightRate }]
        : [],
    ),
  };
}
