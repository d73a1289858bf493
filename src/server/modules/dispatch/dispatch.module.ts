import { defineModule } from "../../platform/module.js";

// Dispatch holds the pure route optimiser for now (used by the CLI and the bench); the dispatch
// board's routes and jobs join this definition when they arrive.
export const dispatchModule = defineModule({ name: "dispatch" });
