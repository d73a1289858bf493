import { defineModule } from "../../platform/module.js";
import { isolationFixtures } from "./warranty.isolation.js";
import { registerWarrantyRoutes } from "./warranty.routes.js";

// 三包: the entitlement engine (./engine, pure), the units' repair history, the tenant's settings.
export const warrantyModule = defineModule({
  name: "warranty",
  isolationFixtures,
  routes: registerWarrantyRoutes,
});
