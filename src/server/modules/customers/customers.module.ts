import { defineModule } from "../../platform/module.js";
import { isolationFixtures } from "./customers.isolation.js";
import { registerCustomerRoutes } from "./customers.routes.js";

export const customersModule = defineModule({
  name: "customers",
  isolationFixtures,
  routes: registerCustomerRoutes,
});
