import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import type { CustomerSegment } from "../../../shared/api/insight.js";
import type { PeriodSchedule, SurveyQuestion } from "../../../shared/api/surveys.js";
import type { SurveyTrigger } from "../../../shared/surveys.js";
import { createdAt, tenantId, tstz } from "../../platform/db/columns.js";
import type { SegmentQuotas } from "./segments.js";

// A questionnaire; `trigger` says when it is sent by itself (null: only by hand).
export const surveys = pgTable(
  "surveys",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    name: text("name").notNull(),
    questions: jsonb("questions").notNull().$type<SurveyQuestion[]>(),
    trigger: text("trigger").$type<SurveyTrigger>(),
    // Which closed tickets the trigger takes (empty lists: every one).
    triggerChannels: text("trigger_channels").array().notNull().default(sql`'{}'::text[]`),
    triggerCategories: text("trigger_categories").array().notNull().default(sql`'{}'::text[]`),
    samplePercent: integer("sample_percent").notNull().default(100),
    capDays: integer("cap_days").notNull().default(30),
    // Per customer segment, the share to ask instead of samplePercent (segments.ts).
    segmentQuotas: jsonb("segment_quotas").$type<SegmentQuotas>(),
    // "periodic": the day of each quarter its round goes out (the tenant's time zone).
    periodSchedule: jsonb("period_schedule").$type<PeriodSchedule>(),
    // "periodic": only this analytics customer segment's members are asked (null: everyone).
    audienceSegment: text("audience_segment").$type<CustomerSegment>(),
    // "product_update": days after the update's release before the owners are asked.
    delayDays: integer("delay_days").notNull().default(0),
    active: boolean("active").notNull().default(true),
    createdBy: text("created_by"),
    createdAt: createdAt(),
  },
  (t) => [index("surveys_tenant_trigger_idx").on(t.tenantId, t.trigger)],
);

// A personal link: the database keeps only the token's hash. `answeredAt` is set by the one
// answer the link accepts (a conditional UPDATE, so concurrent answers cannot both win).
export const surveyInvitations = pgTable(
  "survey_invitations",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    surveyId: text("survey_id").notNull(),
    customerId: text("customer_id").notNull(),
    ticketId: text("ticket_id"),
    channel: text("channel").notNull(),
    // Sent by a trigger (ticket closed) rather than made by hand.
    automatic: boolean("automatic").notNull().default(false),
    tokenHash: text("token_hash").notNull(),
    expiresAt: tstz("expires_at").notNull(),
    answeredAt: tstz("answered_at"),
    // The one reminder: its mail carries a second token for the same invitation (only the hash of
    // the first is kept, so it cannot be mailed again).
    remindedAt: tstz("reminded_at"),
    reminderTokenHash: text("reminder_token_hash"),
    // The round of a periodic or product-update survey ("2026-Q4", "update:pup_…"): one
    // invitation per customer and round, however many workers or retries try.
    round: text("round"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("survey_invitations_token_idx").on(t.tokenHash),
    uniqueIndex("survey_invitations_reminder_token_idx").on(t.reminderTokenHash),
    index("survey_invitations_tenant_customer_idx").on(t.tenantId, t.customerId, t.createdAt),
    index("survey_invitations_tenant_survey_idx").on(t.tenantId, t.surveyId),
    // One automatic invitation per ticket and survey, however often the ticket closes.
    uniqueIndex("survey_invitations_tenant_ticket_idx")
      .on(t.tenantId, t.surveyId, t.ticketId)
      .where(sql`automatic`),
    uniqueIndex("survey_invitations_tenant_round_idx")
      .on(t.tenantId, t.surveyId, t.round, t.customerId)
      .where(sql`round is not null`),
  ],
);

// A round of a periodic or product-update survey, claimed once: the row's insert decides which
// scheduler run (or which worker) sends that round's invitations.
export const surveyRounds = pgTable(
  "survey_rounds",
  {
    tenantId: tenantId(),
    surveyId: text("survey_id").notNull(),
    round: text("round").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.surveyId, t.round] })],
);

export const surveyResponses = pgTable(
  "survey_responses",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    surveyId: text("survey_id").notNull(),
    invitationId: text("invitation_id").notNull(),
    customerId: text("customer_id").notNull(),
    ticketId: text("ticket_id"),
    answers: jsonb("answers").notNull().$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("survey_responses_invitation_idx").on(t.invitationId),
    index("survey_responses_tenant_survey_idx").on(t.tenantId, t.surveyId, t.createdAt),
  ],
);

// A low score's follow-up task for the tenant's supervisors.
export const surveyFollowUps = pgTable(
  "survey_follow_ups",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    surveyId: text("survey_id").notNull(),
    responseId: text("response_id").notNull(),
    customerId: text("customer_id").notNull(),
    ticketId: text("ticket_id"),
    reason: text("reason").notNull().$type<"nps_detractor" | "csat_low">(),
    score: integer("score").notNull(),
    comment: text("comment"),
    status: text("status").notNull().$type<"open" | "done">(),
    doneAt: tstz("done_at"),
    doneBy: text("done_by"),
    createdAt: createdAt(),
  },
  (t) => [index("survey_follow_ups_tenant_status_idx").on(t.tenantId, t.status, t.createdAt)],
);

// The tenant's survey settings (a missing row: the defaults).
export const surveySettings = pgTable("survey_settings", {
  tenantId: text("tenant_id").primaryKey(),
  // Days after which an unanswered invitation gets its one reminder (0: no reminders).
  reminderDays: integer("reminder_days").notNull().default(3),
  updatedAt: tstz("updated_at"),
});
