export { TRIGGER_ORIGIN } from "./origin.js";
export { triggersModule } from "./triggers.module.js";
export { createTrigger } from "./use-cases/create-trigger.js";
export { runTriggers } from "./use-cases/run-triggers.js";
