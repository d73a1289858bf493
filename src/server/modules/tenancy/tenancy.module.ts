import { defineModule } from "../../platform/module.js";
import { registerTenancyRoutes } from "./tenancy.routes.js";

export const tenancyModule = defineModule({ name: "tenancy", routes: registerTenancyRoutes });
