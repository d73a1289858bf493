export { type Candidate, DEFAULT_SETTINGS, decide } from "./assignment.js";
export { routingModule } from "./routing.module.js";
export { skills } from "./routing.tables.js";
export { insertNotification } from "./triggers/triggers.repository.js";
export { drainQueueInChunks } from "./use-cases/auto-assign.js";
export { saveMacro } from "./use-cases/macros-views.js";
export { createTrigger } from "./use-cases/manage-triggers.js";
export { setPresence, sweepPresence } from "./use-cases/presence.js";
