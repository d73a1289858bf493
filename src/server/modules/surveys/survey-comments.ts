import { and, eq, gte } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import { surveyResponses, surveys } from "./surveys.tables.js";

export type SurveyComment = { tenantId: string; responseId: string; ticketId: string | null; text: string };

// Free-text answers given since `since`, every tenant (the crisis watch reads them hourly).
export async function surveyCommentsSince(db: Db, since: Date): Promise<SurveyComment[]> {
  const rows = await db
    .select({ r: surveyResponses, questions: surveys.questions })
    .from(surveyResponses)
    .innerJoin(
      surveys,
      and(eq(surveys.tenantId, surveyResponses.tenantId), eq(surveys.id, surveyResponses.surveyId)),
    )
    .where(gte(surveyResponses.createdAt, since))
    .limit(5000);
  return rows.flatMap(({ r, questions }) => {
    const text = questions
      .filter((q) => q.kind === "text" && typeof r.answers[q.id] === "string")
      .map((q) => String(r.answers[q.id]).trim())
      .filter(Boolean)
      .join("\n");
    return text ? [{ tenantId: r.tenantId, responseId: r.id, ticketId: r.ticketId, text }] : [];
  });
}
