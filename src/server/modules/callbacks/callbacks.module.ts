import { defineModule, subscribe } from "../../platform/module.js";
import { TICKET_CHANGED } from "../tickets/index.js";
import { isolationFixtures } from "./callbacks.isolation.js";
import { registerCallbackRoutes } from "./callbacks.routes.js";
import { autoConfirmJob } from "./use-cases/auto-confirm.js";
import { queueOnResolve } from "./use-cases/queue-on-resolve.js";

// 回访: a resolved ticket's customer is called back; the result closes the loop on the ticket.
export const callbacksModule = defineModule({
  name: "callbacks",
  isolationFixtures,
  routes: (app, s) => registerCallbackRoutes(app, s),
  jobs: [autoConfirmJob],
  subscribers: [subscribe(TICKET_CHANGED, (tx, _s, change) => queueOnResolve(tx, change))],
});
