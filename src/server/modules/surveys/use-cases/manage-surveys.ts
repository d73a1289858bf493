import type { Survey, SurveyQuestion } from "../../../../shared/api/surveys.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { findSurvey, listSurveys, type SurveyRow } from "../surveys.repository.js";
import { surveys } from "../surveys.tables.js";

export type NewSurvey = {
  name: string;
  questions: SurveyQuestion[];
  trigger?: "ticket_closed" | null;
  samplePercent?: number;
  capDays?: number;
};

const toSurveyDto = (r: SurveyRow): Survey => ({
  id: r.id,
  name: r.name,
  questions: r.questions,
  trigger: r.trigger ?? null,
  samplePercent: r.samplePercent,
  capDays: r.capDays,
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
}

export async function createSurvey(s: Services, actor: Actor, input: NewSurvey): Promise<Survey> {
  checkQuestions(input.questions);
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
        samplePercent: input.samplePercent ?? 100,
        capDays: input.capDays ?? 30,
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
