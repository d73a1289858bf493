import { defineModule } from "../../platform/module.js";
import { registerAuditRoutes } from "./audit.routes.js";

export const auditModule = defineModule({ name: "audit", routes: registerAuditRoutes });
