import { AUDIT_CHECKPOINT_SIGNED } from "../../platform/audit/checkpoint-events.js";
import { defineModule, subscribe } from "../../platform/module.js";
import { isolationFixtures } from "./audit.isolation.js";
import { registerAuditRoutes } from "./audit.routes.js";
import { registerCheckpointRoutes } from "./audit-checkpoints.routes.js";
import { registerWitnessRoutes } from "./audit-witnesses.routes.js";
import { onCheckpointSigned, witnessCheckpointJob } from "./witness-mail.js";

export const auditModule = defineModule({
  name: "audit",
  routes: (app, s) => {
    registerAuditRoutes(app, s);
    registerCheckpointRoutes(app, s);
    registerWitnessRoutes(app, s);
  },
  jobs: [witnessCheckpointJob],
  subscribers: [subscribe(AUDIT_CHECKPOINT_SIGNED, (tx, _s, c) => onCheckpointSigned(tx, c))],
  isolationFixtures,
});
