import { defineModule, subscribe } from "../../platform/module.js";
import { CUSTOMER_CHANGED } from "../customers/index.js";
import { TICKET_CHANGED } from "../tickets/index.js";
import { onTicketChanged, onTicketsChanged } from "./engine.js";
import { isolationFixtures } from "./sla.isolation.js";
import { registerSlaRoutes } from "./sla.routes.js";
import { onCustomerChanged } from "./tier-change.js";
import { slaTimerJob } from "./timers.js";

export const slaModule = defineModule({
  name: "sla",
  isolationFixtures,
  routes: registerSlaRoutes,
  jobs: [slaTimerJob],
  subscribers: [
    subscribe(TICKET_CHANGED, (tx, s, change) => onTicketChanged(tx, s, change), onTicketsChanged),
    // A customer's new tier may select another SLA policy for their open tickets.
    subscribe(CUSTOMER_CHANGED, onCustomerChanged),
  ],
});
