// Survey constants the web app uses at run time (the API schemas reach it only as types).
export const SURVEY_QUESTION_KINDS = ["nps", "csat", "likert", "single", "multi", "text", "effort"] as const;
// How an invitation reaches the customer ("visit": shown on the technician's phone at a visit's end).
// What sends a survey by itself: a ticket's closure, a field visit's completion, an RMA's closure;
// a schedule (quarterly relationship NPS), a product update (to the owners of the updated units).
export const SURVEY_TRIGGERS = [
  "ticket_closed",
  "visit_done",
  "rma_closed",
  "periodic",
  "product_update",
] as const;
export type SurveyTrigger = (typeof SURVEY_TRIGGERS)[number];
export const SURVEY_INVITE_CHANNELS = ["email", "sms", "portal", "chat", "visit", "link"] as const;
