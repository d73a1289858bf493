import { defineModule } from "../../platform/module.js";
import { isolationFixtures } from "./rma.isolation.js";
import { registerRmaRoutes } from "./rma.routes.js";

export const rmaModule = defineModule({
  name: "rma",
  isolationFixtures,
  routes: registerRmaRoutes,
});
