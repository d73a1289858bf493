import { defineModule, subscribe } from "../../platform/module.js";
import { TICKET_CHANGED } from "../tickets/index.js";
import { detectComplaintSpikes } from "./use-cases/complaint-spikes.js";
import { alertMailJob } from "./use-cases/raise-alert.js";
import { watchCustomerWords, watchCustomerWordsOfMany } from "./use-cases/watch-messages.js";
import { watchSurveyComments } from "./use-cases/watch-surveys.js";
import { isolationFixtures } from "./voc-alerts.isolation.js";
import { registerVocAlertRoutes } from "./voc-alerts.routes.js";

// Crisis early warning (seed 004 §9.3): customers' words as they arrive, survey comments hourly,
// complaint volume per product / outlet / fault hourly against its own baseline.
export const vocAlertsModule = defineModule({
  name: "voc-alerts",
  isolationFixtures,
  routes: (app, s) => registerVocAlertRoutes(app, s),
  jobs: [alertMailJob],
  subscribers: [
    subscribe(
      TICKET_CHANGED,
      (tx, _s, change) => watchCustomerWords(tx, change),
      (tx, _s, changes) => watchCustomerWordsOfMany(tx, changes),
    ),
  ],
  schedules: [
    { name: "voc.complaint_spikes", spec: "17 * * * *", run: detectComplaintSpikes },
    { name: "voc.survey_comments", spec: "23 * * * *", run: watchSurveyComments },
  ],
});
