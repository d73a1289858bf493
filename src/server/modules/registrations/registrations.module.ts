import { defineModule } from "../../platform/module.js";
import { isolationFixtures } from "./registrations.isolation.js";
import { registerRegistrationRoutes } from "./registrations.routes.js";

export const registrationsModule = defineModule({
  name: "registrations",
  isolationFixtures,
  routes: registerRegistrationRoutes,
});
