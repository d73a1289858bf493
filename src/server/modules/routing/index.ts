export { type Candidate, DEFAULT_SETTINGS, decide } from "./assignment.js";
export { registerRoutingRoutes } from "./routing.routes.js";
export { insertNotification } from "./triggers/triggers.repository.js";
export { drainQueueInChunks } from "./use-cases/auto-assign.js";
export { saveMacro } from "./use-cases/macros-views.js";
export { createTrigger } from "./use-cases/manage-triggers.js";
export { onTicketChanged } from "./use-cases/on-ticket-changed.js";
export { presenceSweepJob, setPresence, sweepPresence } from "./use-cases/presence.js";
export { registerWorkspaceRoutes } from "./workspace.routes.js";
