import { defineModule } from "../../platform/module.js";
import { isolationFixtures } from "./auth.isolation.js";
import { registerAuthRoutes } from "./auth.routes.js";

export const authModule = defineModule({
  name: "auth",
  isolationFixtures,
  routes: registerAuthRoutes,
});
