export { customerSatisfaction } from "./customer-satisfaction.js";
// A customer's data export and erasure (privacy module).
export { eraseSurveyData, exportSurveyData } from "./personal-data/survey-personal-data.js";
export { provideSegmentAudience, type SegmentAudience } from "./segment-audience.js";
export { surveyCommentsSince } from "./survey-comments.js";
export { SURVEY_ANSWERED, type SurveyAnswered } from "./survey-events.js";
export { surveysModule } from "./surveys.module.js";
export { answerSurvey } from "./use-cases/answer-survey.js";
export { chatSurveyLink } from "./use-cases/chat-survey.js";
export { inviteCustomer } from "./use-cases/invite-customer.js";
export { createSurvey } from "./use-cases/manage-surveys.js";
