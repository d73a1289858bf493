import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import { surveyResponses, surveys } from "./surveys.tables.js";

// A customer's CSAT and NPS answers, newest first (for the staff customer 360): the first CSAT
// and the first NPS question of each answered survey.
export async function customerSatisfaction(db: Db, tenantId: string, customerId: string, limit = 50) {
  const rows = await db
    .select({
      at: surveyResponses.createdAt,
      answers: surveyResponses.answers,
      name: surveys.name,
      questions: surveys.questions,
    })
    .from(surveyResponses)
    .innerJoin(
      surveys,
      and(eq(surveys.tenantId, surveyResponses.tenantId), eq(surveys.id, surveyResponses.surveyId)),
    )
    .where(and(eq(surveyResponses.tenantId, tenantId), eq(surveyResponses.customerId, customerId)))
    .orderBy(desc(surveyResponses.createdAt))
    .limit(limit);
  const score = (r: (typeof rows)[number], kind: string) => {
    const q = r.questions.find((x) => x.kind === kind && typeof r.answers[x.id] === "number");
    return q ? (r.answers[q.id] as number) : null;
  };
  return rows.map((r) => ({ at: r.at, survey: r.name, csat: score(r, "csat"), nps: score(r, "nps") }));
}
