import { z } from "@hono/zod-openapi";
import { ZSurveyQuestion } from "../../../shared/api/surveys.js";

export const ZNewSurvey = z.object({
  name: z.string().trim().min(1).max(200),
  questions: z.array(ZSurveyQuestion).min(1).max(50),
  trigger: z.enum(["ticket_closed"]).nullable().optional(),
  samplePercent: z.number().int().min(0).max(100).optional(),
  capDays: z.number().int().min(0).max(365).optional(),
});

export const ZNewInvitation = z.object({
  customerId: z.string().min(1).max(64),
  channel: z.enum(["email", "sms", "portal", "link"]),
  ticketRef: z.string().min(1).max(64).optional(),
});

export const ZAnswers = z.object({
  answers: z.record(z.string().max(40), z.unknown()),
});

export const ZIdParam = z.object({ id: z.string().min(1).max(64) });
export const ZTokenParam = z.object({ token: z.string().min(16).max(64) });
export const ZFollowUpQuery = z.object({ status: z.enum(["open", "done"]).optional() });
