import { defineModule } from "../../platform/module.js";
import { autoCloseJob } from "./jobs/auto-close.js";
import { registerTicketRoutes } from "./tickets.routes.js";

export const ticketsModule = defineModule({
  name: "tickets",
  routes: registerTicketRoutes,
  jobs: [autoCloseJob],
});
