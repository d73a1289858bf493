import { defineDomainEvent } from "../../platform/events.js";

// A customer answered a survey. Heard inside the answer's transaction (loyalty earns its points).
export type SurveyAnswered = {
  tenantId: string;
  responseId: string;
  surveyId: string;
  customerId: string;
  at: Date;
};

export const SURVEY_ANSWERED = defineDomainEvent<SurveyAnswered>("surveys.answered");
