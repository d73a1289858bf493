export { type Candidate, DEFAULT_SETTINGS, decide } from "./assignment.js";
export { assignmentModule } from "./assignment.module.js";
export { drainAfterCommit } from "./use-cases/drain-after-commit.js";
export { drainQueueInChunks } from "./use-cases/drain-queue-in-chunks.js";
export { setPresence } from "./use-cases/set-presence.js";
export { sweepPresence } from "./use-cases/sweep-presence.js";
