import { defineModule } from "../../platform/module.js";
import { autoCloseJob } from "./jobs/auto-close.js";
import { isolationFixtures } from "./tickets.isolation.js";
import { registerTicketRoutes } from "./tickets.routes.js";

export const ticketsModule = defineModule({
  name: "tickets",
  isolationFixtures,
  routes: registerTicketRoutes,
  jobs: [autoCloseJob],
});
