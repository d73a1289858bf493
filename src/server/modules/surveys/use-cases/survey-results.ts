import type { SurveyQuestion, SurveyResults, SurveyResultsQuery } from "../../../../shared/api/surveys.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { dayStartIn } from "../../complaints/index.js";
import { tenantSettings } from "../../tenancy/index.js";
import { meanInterval, npsInterval, wilsonPercent } from "../confidence.js";
import { type AnswerFilters, type InvitationWithAnswer, invitationsWithAnswers } from "../survey-answers.js";
import { csatOf, meanOf, npsOf } from "../survey-math.js";
import { renderSurveyXlsx } from "../survey-xlsx.js";
import { findSurvey, type SurveyRow } from "../surveys.repository.js";

const DAY_MS = 86_400_000;
const SCALE: Record<string, [number, number]> = { nps: [0, 10], csat: [1, 5], effort: [1, 7] };

// The query's days are the tenant's calendar days; `to` is inclusive.
async function filtersOf(s: Services, tenantId: string, q: SurveyResultsQuery): Promise<AnswerFilters> {
  const tz = (await tenantSettings(s.db, tenantId))?.timezone ?? "UTC";
  return {
    from: q.from ? dayStartIn(q.from, tz) : undefined,
    to: q.to ? new Date(dayStartIn(q.to, tz).getTime() + DAY_MS) : undefined,
    channel: q.channel,
    category: q.category,
    teamId: q.teamId,
    agentId: q.agentId,
  };
}

function questionResult(q: SurveyQuestion, answered: readonly Record<string, unknown>[]) {
  const values = answered.map((a) => a[q.id]).filter((v) => v !== undefined);
  const base = { id: q.id, kind: q.kind, text: q.text, textEn: q.textEn, answered: values.length };
  if (q.kind === "nps" || q.kind === "csat" || q.kind === "likert" || q.kind === "effort") {
    const scores = values.filter((v): v is number => typeof v === "number");
    const counts = new Map<number, number>();
    for (const v of scores) counts.set(v, (counts.get(v) ?? 0) + 1);
    const distribution = [...counts.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([value, count]) => ({ value: String(value), count }));
    const nps = q.kind === "nps" ? npsOf(scores) : undefined;
    return {
      ...base,
      mean: meanOf(scores),
      meanCi: meanInterval(scores, SCALE[q.kind] ?? [1, q.scale ?? 5]),
      distribution,
      ...(nps ? { nps: { ...nps, ci: npsInterval(nps.promoters, nps.detractors, scores.length) } } : {}),
      ...(q.kind === "csat"
        ? {
            csat: csatOf(scores),
            csatCi: wilsonPercent(scores.filter((v) => v >= 4).length, scores.length),
          }
        : {}),
    };
  }
  if (q.kind === "single" || q.kind === "multi") {
    const picked = values.flatMap((v) => (Array.isArray(v) ? v : [v])).map(String);
    return {
      ...base,
      distribution: (q.options ?? []).map((o) => ({ value: o, count: picked.filter((p) => p === o).length })),
    };
  }
  return { ...base, comments: values.slice(0, 20).map(String) };
}

function summarise(survey: SurveyRow, rows: readonly InvitationWithAnswer[]): SurveyResults {
  const answered = rows.flatMap((r) => (r.answers ? [r.answers] : []));
  return {
    surveyId: survey.id,
    invitations: rows.length,
    responses: answered.length,
    responseRate: rows.length === 0 ? null : Math.round((answered.length / rows.length) * 1000) / 10,
    questions: survey.questions.map((q) => questionResult(q, answered)),
  };
}

// The survey and its invitations (with answers) that the filters keep.
async function filteredAnswers(s: Services, actor: Actor, surveyId: string, q: SurveyResultsQuery) {
  const survey = await findSurvey(s.db, actor.tenantId, surveyId);
  if (!survey) throw new AppError("survey.not_found");
  const rows = await invitationsWithAnswers(
    s.db,
    actor.tenantId,
    surveyId,
    await filtersOf(s, actor.tenantId, q),
  );
  return { survey, rows };
}

// Response rate, NPS / CSAT / mean with their 95 % intervals, the distribution per question and
// the newest comments, over the invitations sent in the period that match the filters.
export async function surveyResults(
  s: Services,
  actor: Actor,
  surveyId: string,
  q: SurveyResultsQuery = {},
): Promise<SurveyResults> {
  const { survey, rows } = await filteredAnswers(s, actor, surveyId, q);
  return summarise(survey, rows);
}

// The same results as an Excel workbook, with every invitation's answers.
export async function surveyWorkbook(s: Services, actor: Actor, surveyId: string, q: SurveyResultsQuery) {
  const { survey, rows } = await filteredAnswers(s, actor, surveyId, q);
  const bytes = await renderSurveyXlsx(survey, summarise(survey, rows), rows);
  return { bytes, name: `survey-${survey.id}.xlsx` };
}
