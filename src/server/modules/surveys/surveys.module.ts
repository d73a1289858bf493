import { defineModule, subscribe } from "../../platform/module.js";
import { TICKET_CHANGED } from "../tickets/index.js";
import { registerSurveyPageRoutes } from "./survey-page.routes.js";
import { isolationFixtures } from "./surveys.isolation.js";
import { registerSurveyRoutes } from "./surveys.routes.js";
import { surveyDeliveryJob } from "./use-cases/deliver-invitation.js";
import { onTicketClosed, surveyInvitationJob } from "./use-cases/send-on-close.js";
import { queueSurveyReminders, surveyReminderJob } from "./use-cases/send-reminders.js";

export const surveysModule = defineModule({
  name: "surveys",
  isolationFixtures,
  routes: (app, s) => {
    registerSurveyRoutes(app, s);
    registerSurveyPageRoutes(app, s);
  },
  jobs: [surveyInvitationJob, surveyReminderJob, surveyDeliveryJob],
  subscribers: [subscribe(TICKET_CHANGED, (tx, _s, change) => onTicketClosed(tx, change))],
  schedules: [{ name: "surveys.reminders", spec: "41 * * * *", run: queueSurveyReminders }],
});
