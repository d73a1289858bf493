import { z } from "@hono/zod-openapi";
import { SURVEY_INVITE_CHANNELS } from "../../../shared/api/surveys.js";

export { ZNewSurvey, ZSurveyUpdate } from "../../../shared/api/surveys.js";

export const ZNewInvitation = z.object({
  customerId: z.string().min(1).max(64),
  channel: z.enum(SURVEY_INVITE_CHANNELS),
  ticketRef: z.string().min(1).max(64).optional(),
});

export const ZAnswers = z.object({
  answers: z.record(z.string().max(40), z.unknown()),
});

export const ZIdParam = z.object({ id: z.string().min(1).max(64) });
export const ZTokenParam = z.object({ token: z.string().min(16).max(64) });
export const ZFollowUpQuery = z.object({ status: z.enum(["open", "done"]).optional() });
