import { z } from "zod";

const SURVEY_QUESTION_KINDS = ["nps", "csat", "likert", "single", "multi", "text", "effort"] as const;

// One question of a survey: `text` in the tenant's language, `textEn` for English-speaking customers.
export const ZSurveyQuestion = z.object({
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
});
export type SurveyQuestion = z.infer<typeof ZSurveyQuestion>;

export const ZSurvey = z.object({
  id: z.string(),
  name: z.string(),
  questions: z.array(ZSurveyQuestion),
  // "ticket_closed": sent by e-mail when a ticket closes (sampled, frequency-capped).
  trigger: z.enum(["ticket_closed"]).nullable(),
  samplePercent: z.number().int(),
  capDays: z.number().int(),
  active: z.boolean(),
  createdAt: z.string(),
});
export type Survey = z.infer<typeof ZSurvey>;

export const ZSurveyInvitation = z.object({ id: z.string(), token: z.string(), url: z.string() });

const ZNpsSummary = z.object({
  score: z.number().nullable(),
  promoters: z.number().int(),
  passives: z.number().int(),
  detractors: z.number().int(),
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
  mean: z.number().nullable().optional(),
  // Count per value (scores) or per option (choices).
  distribution: z.array(z.object({ value: z.string(), count: z.number().int() })).optional(),
  // text: the newest comments.
  comments: z.array(z.string()).optional(),
});

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
