import type { SurveyResults } from "../../../../shared/api/surveys.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { csatOf, meanOf, npsOf } from "../survey-math.js";
import { findSurvey, invitationCount, responsesOf } from "../surveys.repository.js";

const SCORED = new Set(["nps", "csat", "likert", "effort"]);

// Response rate, NPS / CSAT / mean and the distribution per question, the newest comments.
export async function surveyResults(s: Services, actor: Actor, surveyId: string): Promise<SurveyResults> {
  const survey = await findSurvey(s.db, actor.tenantId, surveyId);
  if (!survey) throw new AppError("survey.not_found");
  const [invitations, responses] = await Promise.all([
    invitationCount(s.db, actor.tenantId, surveyId),
    responsesOf(s.db, actor.tenantId, surveyId),
  ]);
  const questions = survey.questions.map((q) => {
    const values = responses.map((r) => r.answers[q.id]).filter((v) => v !== undefined);
    const base = { id: q.id, kind: q.kind, text: q.text, textEn: q.textEn, answered: values.length };
    if (SCORED.has(q.kind)) {
      const scores = values.filter((v): v is number => typeof v === "number");
      const counts = new Map<number, number>();
      for (const v of scores) counts.set(v, (counts.get(v) ?? 0) + 1);
      const distribution = [...counts.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([value, count]) => ({ value: String(value), count }));
      return {
        ...base,
        mean: meanOf(scores),
        distribution,
        ...(q.kind === "nps" ? { nps: npsOf(scores) } : {}),
        ...(q.kind === "csat" ? { csat: csatOf(scores) } : {}),
      };
    }
    if (q.kind === "single" || q.kind === "multi") {
      const picked = values.flatMap((v) => (Array.isArray(v) ? v : [v])).map(String);
      return {
        ...base,
        distribution: (q.options ?? []).map((o) => ({
          value: o,
          count: picked.filter((p) => p === o).length,
        })),
      };
    }
    return { ...base, comments: values.slice(0, 20).map(String) };
  });
  return {
    surveyId,
    invitations,
    responses: responses.length,
    responseRate: invitations === 0 ? null : Math.round((responses.length / invitations) * 1000) / 10,
    questions,
  };
}
