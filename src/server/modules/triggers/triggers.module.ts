import { defineModule } from "../../platform/module.js";
import { isolationFixtures } from "./triggers.isolation.js";
import { registerTriggersRoutes } from "./triggers.routes.js";

// Rules that change a ticket when it is created or updated. They run inside assignment's
// TICKET_CHANGED subscriber (runTriggers), before routing decides, so they have no subscriber here.
export const triggersModule = defineModule({
  name: "triggers",
  isolationFixtures,
  routes: registerTriggersRoutes,
});
