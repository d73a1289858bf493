import { z } from "zod";
import { CHANNELS } from "../domain.js";
import { SHOW_IF_OPS } from "../survey-visibility.js";
import { SURVEY_INVITE_CHANNELS, SURVEY_QUESTION_KINDS, SURVEY_TRIGGERS } from "../surveys.js";
import { CUSTOMER_SEGMENTS } from "./insight.js";

export { SURVEY_INVITE_CHANNELS };

// One question of a survey: `text` in the tenant's language, `textEn` for English-speaking customers.
const ZSurveyQuestion = z.object({
  id: z
    .string()
    .min(1)
    .max(40)
    .regex(/^[A-Za-z0-9_-]+$/),
  kind: z.enum(SURVEY_QUESTION_KINDS),
  text: z.string().min(1).max(500),
  textEn: z.string().min(1).max(500).optional(),
  // single / multi: the choices; likert: ignored.
  options: z.array(z.string().min(1).max(200)).min(1).max(20).optional(),
  // likert: a 5- or 7-point scale (5 when left out).
  scale: z.union([z.literal(5), z.literal(7)]).optional(),
  // Asked only when an earlier question's answer meets this ("why?" when CSAT < 3); "in" takes a list.
  showIf: z
    .object({
      questionId: z.string().min(1).max(40),
      op: z.enum(SHOW_IF_OPS),
      value: z.union([
        z.number().int(),
        z.string().min(1).max(200),
        z
          .array(z.union([z.number().int(), z.string().min(1).max(200)]))
          .min(1)
          .max(20),
      ]),
    })
    .optional(),
  // A shown question that must be answered (a hidden one never is).
  required: z.boolean().optional(),
});
export type SurveyQuestion = z.infer<typeof ZSurveyQuestion>;

const percent = z.number().int().min(0).max(100).optional();
const ZSegmentQuotas = z.object({ new: percent, long_standing: percent, high_value: percent }).strict();

// The "periodic" trigger's calendar: every quarter, on this day of its first, second or third
// month, in the tenant's time zone.
const ZPeriodSchedule = z
  .object({
    monthOfQuarter: z.number().int().min(1).max(3),
    day: z.number().int().min(1).max(28),
  })
  .strict();
export type PeriodSchedule = z.infer<typeof ZPeriodSchedule>;

export const ZSurvey = z.object({
  id: z.string(),
  name: z.string(),
  questions: z.array(ZSurveyQuestion),
  // Sent by itself (sampled, frequency-capped) when a ticket closes, a field visit is done or an
  // RMA is closed; null: only by hand.
  trigger: z.enum(SURVEY_TRIGGERS).nullable(),
  // Only tickets of these channels / product categories (empty: all).
  triggerChannels: z.array(z.enum(CHANNELS)),
  triggerCategories: z.array(z.string()),
  samplePercent: z.number().int(),
  capDays: z.number().int(),
  // Per customer segment (new / long_standing / high_value), the share to ask instead of samplePercent.
  segmentQuotas: ZSegmentQuotas.nullable(),
  // "periodic": when each quarter's round goes out.
  periodSchedule: ZPeriodSchedule.nullable(),
  // "periodic": only the customers of this analytics segment (GET /analytics/segments) on the day
  // the round goes out; null: every customer.
  audienceSegment: z.enum(CUSTOMER_SEGMENTS).nullable(),
  // "product_update": days after the update's release before its owners are asked.
  delayDays: z.number().int(),
  active: z.boolean(),
  createdAt: z.string(),
});
export type Survey = z.infer<typeof ZSurvey>;

// The body of a new survey, and of its edit (PUT replaces the definition).
export const ZNewSurvey = z.object({
  name: z.string().trim().min(1).max(200),
  questions: z.array(ZSurveyQuestion).min(1).max(50),
  trigger: z.enum(SURVEY_TRIGGERS).nullable().optional(),
  triggerChannels: z.array(z.enum(CHANNELS)).max(CHANNELS.length).optional(),
  triggerCategories: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
  samplePercent: z.number().int().min(0).max(100).optional(),
  capDays: z.number().int().min(0).max(365).optional(),
  segmentQuotas: ZSegmentQuotas.nullable().optional(),
  periodSchedule: ZPeriodSchedule.nullable().optional(),
  audienceSegment: z.enum(CUSTOMER_SEGMENTS).nullable().optional(),
  delayDays: z.number().int().min(0).max(365).optional(),
});
export type NewSurveyBody = z.input<typeof ZNewSurvey>;
export const ZSurveyUpdate = ZNewSurvey.extend({ active: z.boolean().optional() });
export type SurveyUpdateBody = z.input<typeof ZSurveyUpdate>;

export const ZSurveySettings = z.object({
  // Days after which an unanswered invitation gets its one reminder (0: never).
  reminderDays: z.number().int().min(0).max(30),
});
export type SurveySettings = z.infer<typeof ZSurveySettings>;

export const ZSurveyInvitation = z.object({ id: z.string(), token: z.string(), url: z.string() });

// A 95 % confidence interval (null: too few answers to say).
const ZInterval = z.object({ low: z.number(), high: z.number() }).nullable();

const ZNpsSummary = z.object({
  score: z.number().nullable(),
  promoters: z.number().int(),
  passives: z.number().int(),
  detractors: z.number().int(),
  ci: ZInterval.optional(),
});
export type NpsSummary = z.infer<typeof ZNpsSummary>;

const ZQuestionResult = z.object({
  id: z.string(),
  kind: z.enum(SURVEY_QUESTION_KINDS),
  text: z.string(),
  textEn: z.string().optional(),
  answered: z.number().int(),
  nps: ZNpsSummary.optional(),
  // csat: share of 4 and 5 among the answers, in percent.
  csat: z.number().nullable().optional(),
  // Wilson interval of the CSAT share, in percent.
  csatCi: ZInterval.optional(),
  mean: z.number().nullable().optional(),
  // Student-t interval of the mean score.
  meanCi: ZInterval.optional(),
  // Count per value (scores) or per option (choices).
  distribution: z.array(z.object({ value: z.string(), count: z.number().int() })).optional(),
  // text: the newest comments.
  comments: z.array(z.string()).optional(),
});

// Which answers the results (and the Excel export) count: answered in [from, to), through an
// invitation of this channel, about a ticket of this product category / team / agent.
export const ZSurveyResultsQuery = z.object({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  channel: z.enum(SURVEY_INVITE_CHANNELS).optional(),
  category: z.string().min(1).max(100).optional(),
  teamId: z.string().min(1).max(64).optional(),
  agentId: z.string().min(1).max(64).optional(),
});
export type SurveyResultsQuery = z.infer<typeof ZSurveyResultsQuery>;

export const ZSurveyResults = z.object({
  surveyId: z.string(),
  invitations: z.number().int(),
  responses: z.number().int(),
  // responses / invitations in percent (null before the first invitation).
  responseRate: z.number().nullable(),
  questions: z.array(ZQuestionResult),
});
export type SurveyResults = z.infer<typeof ZSurveyResults>;

// A low score's follow-up task for a supervisor.
export const ZSurveyFollowUp = z.object({
  id: z.string(),
  surveyId: z.string(),
  responseId: z.string(),
  customerId: z.string(),
  customerName: z.string().nullable(),
  ticketId: z.string().nullable(),
  ticketNumber: z.string().nullable(),
  reason: z.enum(["nps_detractor", "csat_low"]),
  score: z.number().int(),
  comment: z.string().nullable(),
  status: z.enum(["open", "done"]),
  createdAt: z.string(),
  doneAt: z.string().nullable(),
  doneBy: z.string().nullable(),
});
export type SurveyFollowUp = z.infer<typeof ZSurveyFollowUp>;

// What the public answer page needs of a personal link.
export const ZPublicSurvey = z.object({
  name: z.string(),
  locale: z.enum(["zh-CN", "en"]),
  state: z.enum(["open", "answered", "expired"]),
  questions: z.array(ZSurveyQuestion.omit({ textEn: true })),
});

// The customer portal's card: a survey waiting for the signed-in customer's answer.
export const ZPortalSurvey = z.object({
  invitationId: z.string(),
  surveyName: z.string(),
  ticketNumber: z.string().nullable(),
  sentAt: z.string(),
  expiresAt: z.string(),
});
export type PortalSurvey = z.infer<typeof ZPortalSurvey>;
export type PublicSurvey = z.infer<typeof ZPublicSurvey>;
