// Dispatch: the pure route optimiser (no database). The dispatch board and booking slots build a
// Problem from visits and technicians and call solveInWorker; the CLI and bench feed it Solomon files.

export { dispatchModule } from "./dispatch.module.js";
export { cpuClock, search } from "./optimiser/search.js";
export { parseSolomon, solomonProblem } from "./optimiser/solomon.js";
export { checkPlan } from "./optimiser/validate.js";
