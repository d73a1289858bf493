import { defineModule } from "../../platform/module.js";
import { isolationFixtures } from "./customers.isolation.js";
import { registerCustomerRoutes } from "./customers.routes.js";
import { registerCustomerImportRoutes } from "./customers-import.routes.js";

export const customersModule = defineModule({
  name: "customers",
  isolationFixtures,
  routes: (app, s) => {
    // Before /customers/{id}, so "import" is never read as an id.
    registerCustomerImportRoutes(app, s);
    registerCustomerRoutes(app, s);
  },
});
