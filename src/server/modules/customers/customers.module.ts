import { defineModule } from "../../platform/module.js";
import { registerCustomerRoutes } from "./customers.routes.js";

export const customersModule = defineModule({ name: "customers", routes: registerCustomerRoutes });
