import { defineModule, subscribe } from "../../platform/module.js";
import { TICKET_CHANGED } from "../tickets/index.js";
import { registerChannelRoutes } from "./channels.routes.js";
import { notifyAgents, notifyAgentsOfMany } from "./use-cases/notify-agents.js";
import { notifyCustomerJob, onTicketChanged } from "./use-cases/notify-customer.js";
import { verifyRequestJob } from "./use-cases/verify-request-job.js";

export const channelsModule = defineModule({
  name: "channels",
  routes: registerChannelRoutes,
  jobs: [notifyCustomerJob, verifyRequestJob],
  subscribers: [
    subscribe(TICKET_CHANGED, (tx, _s, change) => onTicketChanged(tx, change)),
    subscribe(
      TICKET_CHANGED,
      (tx, _s, change) => notifyAgents(tx, change),
      (tx, _s, changes) => notifyAgentsOfMany(tx, changes),
    ),
  ],
});
