import { defineModule, subscribe } from "../../platform/module.js";
import { TICKET_CHANGED } from "../tickets/index.js";
import { isolationFixtures } from "./surveys.isolation.js";
import { registerSurveyRoutes } from "./surveys.routes.js";
import { onTicketClosed, surveyInvitationJob } from "./use-cases/send-on-close.js";

export const surveysModule = defineModule({
  name: "surveys",
  isolationFixtures,
  routes: registerSurveyRoutes,
  jobs: [surveyInvitationJob],
  subscribers: [subscribe(TICKET_CHANGED, (tx, _s, change) => onTicketClosed(tx, change))],
});
