import { and, desc, eq, gte, lt, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import { customers } from "../customers/index.js";
import { products, units } from "../products/index.js";
import { ticketsView } from "../tickets/index.js";
import type { SurveyRow } from "./surveys.repository.js";
import { surveyInvitations, surveyResponses } from "./surveys.tables.js";

export type AnswerFilters = {
  from?: Date;
  to?: Date;
  channel?: string;
  category?: string;
  teamId?: string;
  agentId?: string;
};

// Keeps one results page and one Excel file bounded; a survey beyond it is filtered by period.
const MAX_INVITATIONS = 50_000;

// A survey's invitations sent in the period, each with its answer (if any) and what the filters
// look at: the invitation's channel, the ticket's team and agent, the unit's product category.
export function invitationsWithAnswers(db: Db, tenantId: string, surveyId: string, f: AnswerFilters) {
  return db
    .select({
      invitationId: surveyInvitations.id,
      channel: surveyInvitations.channel,
      sentAt: surveyInvitations.createdAt,
      answeredAt: surveyResponses.createdAt,
      answers: surveyResponses.answers,
      customerName: customers.name,
      ticketNumber: ticketsView.number,
      category: products.category,
    })
    .from(surveyInvitations)
    .leftJoin(
      surveyResponses,
      and(eq(surveyResponses.tenantId, tenantId), eq(surveyResponses.invitationId, surveyInvitations.id)),
    )
    .leftJoin(
      customers,
      and(eq(customers.tenantId, tenantId), eq(customers.id, surveyInvitations.customerId)),
    )
    .leftJoin(
      ticketsView,
      and(eq(ticketsView.tenantId, tenantId), eq(ticketsView.id, surveyInvitations.ticketId)),
    )
    .leftJoin(units, and(eq(units.tenantId, tenantId), eq(units.id, ticketsView.unitId)))
    .leftJoin(products, and(eq(products.tenantId, tenantId), eq(products.id, units.productId)))
    .where(
      and(
        eq(surveyInvitations.tenantId, tenantId),
        eq(surveyInvitations.surveyId, surveyId),
        f.from ? gte(surveyInvitations.createdAt, f.from) : undefined,
        f.to ? lt(surveyInvitations.createdAt, f.to) : undefined,
        f.channel ? eq(surveyInvitations.channel, f.channel) : undefined,
        f.category ? eq(products.category, f.category) : undefined,
        f.teamId ? eq(ticketsView.teamId, f.teamId) : undefined,
        f.agentId ? eq(ticketsView.assigneeId, f.agentId) : undefined,
      ),
    )
    .orderBy(desc(surveyInvitations.createdAt))
    .limit(MAX_INVITATIONS);
}

export type InvitationWithAnswer = Awaited<ReturnType<typeof invitationsWithAnswers>>[number];

// The kind of each of a survey's questions that has at least one answer.
export async function answeredQuestionKinds(db: Db, tenantId: string, survey: SurveyRow) {
  const rows = await db
    .selectDistinct({ key: sql<string>`jsonb_object_keys(${surveyResponses.answers})` })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.tenantId, tenantId), eq(surveyResponses.surveyId, survey.id)));
  const ids = new Set(rows.map((r) => r.key));
  return new Map(survey.questions.filter((q) => ids.has(q.id)).map((q) => [q.id, q.kind]));
}

export async function unitCategory(db: Db, tenantId: string, unitId: string): Promise<string | null> {
  const [row] = await db
    .select({ category: products.category })
    .from(units)
    .innerJoin(products, and(eq(products.tenantId, tenantId), eq(products.id, units.productId)))
    .where(and(eq(units.tenantId, tenantId), eq(units.id, unitId)));
  return row?.category ?? null;
}

// The customer's tier and first ticket, which decide their sampling segment (segments.ts).
export async function customerSegmentFacts(db: Db, tenantId: string, customerId: string) {
  const [c] = await db
    .select({ tier: customers.tier })
    .from(customers)
    .where(and(eq(customers.tenantId, tenantId), eq(customers.id, customerId)));
  const [first] = await db
    .select({ at: sql<Date | string | null>`min(${ticketsView.createdAt})` })
    .from(ticketsView)
    .where(and(eq(ticketsView.tenantId, tenantId), eq(ticketsView.customerId, customerId)));
  const at = first?.at ?? null;
  return { tier: c?.tier ?? "standard", firstTicketAt: at === null ? null : new Date(at) };
}
