// Dispatch: the pure route optimiser (no database), the bridge from a node's day to it (planning/),
// the board, plans and moves; the CLI and bench feed the optimiser Solomon files.

export { dispatchModule } from "./dispatch.module.js";
export { cpuClock, search } from "./optimiser/search.js";
export { parseSolomon, solomonProblem } from "./optimiser/solomon.js";
export { checkPlan } from "./optimiser/validate.js";
