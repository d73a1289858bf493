export { type Candidate, DEFAULT_SETTINGS, decide, type RoutingSettings } from "./assignment.js";
export { routingModule } from "./routing.module.js";
export { insertNotification } from "./triggers/triggers.repository.js";
export { drainQueue, drainQueueInChunks } from "./use-cases/auto-assign.js";
export { saveMacro } from "./use-cases/macros-views.js";
export { createTrigger } from "./use-cases/manage-triggers.js";
export { presenceSweepJob, setPresence, sweepPresence } from "./use-cases/presence.js";
