import { defineModule } from "../../platform/module.js";
import { registerPrivacyRoutes } from "./privacy.routes.js";

// Personal data across the modules: a customer's export and erasure.
export const privacyModule = defineModule({ name: "privacy", routes: registerPrivacyRoutes });
