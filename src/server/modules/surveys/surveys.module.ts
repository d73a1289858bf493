import { defineModule, subscribe } from "../../platform/module.js";
import { PRODUCT_UPDATE_RELEASED } from "../products/index.js";
import { TICKET_CHANGED } from "../tickets/index.js";
import { registerSurveyPageRoutes } from "./survey-page.routes.js";
import { isolationFixtures } from "./surveys.isolation.js";
import { registerSurveyRoutes } from "./surveys.routes.js";
import { surveyDeliveryJob } from "./use-cases/deliver-invitation.js";
import { onTicketClosed, surveyInvitationJob } from "./use-cases/send-on-close.js";
import { queueSurveyReminders, surveyReminderJob } from "./use-cases/send-reminders.js";
import {
  onProductUpdate,
  startDueRounds,
  surveyRoundInvitationJob,
  surveyRoundJob,
} from "./use-cases/survey-rounds.js";

export const surveysModule = defineModule({
  name: "surveys",
  isolationFixtures,
  routes: (app, s) => {
    registerSurveyRoutes(app, s);
    registerSurveyPageRoutes(app, s);
  },
  jobs: [surveyInvitationJob, surveyReminderJob, surveyDeliveryJob, surveyRoundJob, surveyRoundInvitationJob],
  subscribers: [
    subscribe(TICKET_CHANGED, (tx, _s, change) => onTicketClosed(tx, change)),
    subscribe(PRODUCT_UPDATE_RELEASED, (tx, s, e) => onProductUpdate(tx, e, s.clock.now())),
  ],
  schedules: [
    { name: "surveys.reminders", spec: "41 * * * *", run: queueSurveyReminders },
    // Quarterly and product-update rounds, on the tenant's calendar day (checked hourly).
    { name: "surveys.rounds", spec: "17 * * * *", run: startDueRounds },
  ],
});
