// Survey constants the web app uses at run time (the API schemas reach it only as types).
export const SURVEY_QUESTION_KINDS = ["nps", "csat", "likert", "single", "multi", "text", "effort"] as const;
type SurveyQuestionKind = (typeof SURVEY_QUESTION_KINDS)[number];
// How an invitation reaches the customer ("visit": shown on the technician's phone at a visit's end).
export const SURVEY_INVITE_CHANNELS = ["email", "sms", "portal", "chat", "visit", "link"] as const;
