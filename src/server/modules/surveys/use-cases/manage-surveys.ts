import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Survey, SurveyQuestion, ZNewSurvey, ZSurveyUpdate } from "../../../../shared/api/surveys.js";
import { conditionProblem } from "../../../../shared/survey-visibility.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { answeredQuestionKinds } from "../survey-answers.js";
import { findSurvey, listSurveys, type SurveyRow } from "../surveys.repository.js";
import { surveys } from "../surveys.tables.js";

export type NewSurvey = z.infer<typeof ZNewSurvey>;
export type SurveyUpdate = z.infer<typeof ZSurveyUpdate>;

const toSurveyDto = (r: SurveyRow): Survey => ({
  id: r.id,
  name: r.name,
  questions: r.questions,
  trigger: r.trigger ?? null,
  triggerChannels: r.triggerChannels as Survey["triggerChannels"],
  triggerCategories: r.triggerCategories,
  samplePercent: r.samplePercent,
  capDays: r.capDays,
  segmentQuotas: r.segmentQuotas ?? null,
  periodSchedule: r.periodSchedule ?? null,
  audienceSegment: r.audienceSegment ?? null,
  delayDays: r.delayDays,
  active: r.active,
  createdAt: r.createdAt.toISOString(),
});

function checkQuestions(questions: readonly SurveyQuestion[]) {
  const seen = new Set<string>();
  for (const q of questions) {
    if (seen.has(q.id)) throw new AppError("survey.duplicate_question", { question: q.id });
    seen.add(q.id);
    if ((q.kind === "single" || q.kind === "multi") && !q.options?.length)
      throw new AppError("survey.options_required", { question: q.id });
  }
  questions.forEach((q, i) => {
    if (conditionProblem(questions, i) !== null)
      throw new AppError("survey.bad_condition", { question: q.id });
  });
}

// A quarterly survey needs its day of the quarter; only its rounds go to a segment (a ticket's or
// a visit's survey asks that ticket's customer).
function checkSchedule(
  trigger: NewSurvey["trigger"],
  schedule: NewSurvey["periodSchedule"],
  audience: NewSurvey["audienceSegment"],
) {
  if (trigger === "periodic" && !schedule) throw new AppError("survey.schedule_required");
  if (trigger !== "periodic" && audience) throw new AppError("survey.audience_periodic_only");
}

export async function createSurvey(s: Services, actor: Actor, input: NewSurvey): Promise<Survey> {
  checkQuestions(input.questions);
  checkSchedule(input.trigger, input.periodSchedule, input.audienceSegment);
  const row = await s.db.transaction(async (tx) => {
    const now = s.clock.now();
    const [created] = await tx
      .insert(surveys)
      .values({
        id: newId("svy"),
        tenantId: actor.tenantId,
        name: input.name,
        questions: input.questions,
        trigger: input.trigger ?? null,
        triggerChannels: input.triggerChannels ?? [],
        triggerCategories: input.triggerCategories ?? [],
        samplePercent: input.samplePercent ?? 100,
        capDays: input.capDays ?? 30,
        segmentQuotas: input.segmentQuotas ?? null,
        periodSchedule: input.periodSchedule ?? null,
        audienceSegment: input.audienceSegment ?? null,
        delayDays: input.delayDays ?? 0,
        active: true,
        createdBy: actor.userId,
        createdAt: now,
      })
      .returning();
    if (!created) throw new Error("survey insert returned nothing");
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "survey.created",
      entityType: "survey",
      entityId: created.id,
      data: { name: input.name, questions: input.questions.length, trigger: created.trigger },
      at: now,
    });
    return created;
  });
  return toSurveyDto(row);
}

export async function getSurvey(s: Services, actor: Actor, id: string): Promise<Survey> {
  const row = await findSurvey(s.db, actor.tenantId, id);
  if (!row) throw new AppError("survey.not_found");
  return toSurveyDto(row);
}

export async function allSurveys(s: Services, actor: Actor): Promise<Survey[]> {
  return (await listSurveys(s.db, actor.tenantId)).map(toSurveyDto);
}

// Edit a survey: the whole definition is replaced. A question that already has answers keeps its
// kind (its answers would no longer fit it); new questions, texts, options and rules are free.
export async function updateSurvey(
  s: Services,
  actor: Actor,
  id: string,
  input: SurveyUpdate,
): Promise<Survey> {
  checkQuestions(input.questions);
  const row = await s.db.transaction(async (tx) => {
    const current = await findSurvey(tx, actor.tenantId, id);
    if (!current) throw new AppError("survey.not_found");
    const periodSchedule = input.periodSchedule === undefined ? current.periodSchedule : input.periodSchedule;
    // Left out: kept while the survey stays periodic, dropped when it no longer is.
    const audienceSegment =
      input.audienceSegment !== undefined
        ? input.audienceSegment
        : input.trigger === "periodic"
          ? current.audienceSegment
          : null;
    checkSchedule(input.trigger, periodSchedule, audienceSegment);
    const answered = await answeredQuestionKinds(tx, actor.tenantId, current);
    for (const q of input.questions) {
      const was = answered.get(q.id);
      if (was && was !== q.kind) throw new AppError("survey.question_kind_changed", { question: q.id });
    }
    const now = s.clock.now();
    const [updated] = await tx
      .update(surveys)
      .set({
        name: input.name,
        questions: input.questions,
        trigger: input.trigger ?? null,
        triggerChannels: input.triggerChannels ?? [],
        triggerCategories: input.triggerCategories ?? [],
        samplePercent: input.samplePercent ?? current.samplePercent,
        capDays: input.capDays ?? current.capDays,
        segmentQuotas: input.segmentQuotas === undefined ? current.segmentQuotas : input.segmentQuotas,
        periodSchedule,
        audienceSegment,
        delayDays: input.delayDays ?? current.delayDays,
        active: input.active ?? current.active,
      })
      .where(and(eq(surveys.tenantId, actor.tenantId), eq(surveys.id, id)))
      .returning();
    if (!updated) throw new AppError("survey.not_found");
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "survey.updated",
      entityType: "survey",
      entityId: id,
      data: {
        name: input.name,
        questions: input.questions.length,
        trigger: updated.trigger,
        active: updated.active,
      },
      at: now,
    });
    return updated;
  });
  return toSurveyDto(row);
}
