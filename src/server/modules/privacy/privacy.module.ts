import { defineModule } from "../../platform/module.js";
import { registerPrivacyRoutes } from "./privacy.routes.js";
import { applyRetention } from "./use-cases/apply-retention.js";

// Personal data across the modules: a customer's export and erasure, and the tenants' retention
// rules, applied daily.
export const privacyModule = defineModule({
  name: "privacy",
  routes: registerPrivacyRoutes,
  schedules: [{ name: "privacy.retention", spec: "17 3 * * *", run: applyRetention }],
});
