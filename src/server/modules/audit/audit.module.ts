import { defineModule } from "../../platform/module.js";
import { isolationFixtures } from "./audit.isolation.js";
import { registerAuditRoutes } from "./audit.routes.js";
import { registerCheckpointRoutes } from "./audit-checkpoints.routes.js";

export const auditModule = defineModule({
  name: "audit",
  routes: (app, s) => {
    registerAuditRoutes(app, s);
    registerCheckpointRoutes(app, s);
  },
  isolationFixtures,
});
