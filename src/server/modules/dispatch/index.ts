// Dispatch: the pure route optimiser (no database). The dispatch board and booking slots build a
// Problem from visits and technicians and call solveInWorker; the CLI and bench feed it Solomon files.
export {
  buildProblem,
  type Problem,
  straightLineTravel,
  type TravelProvider,
  type VehicleInput,
  type VisitInput,
} from "./optimiser/problem.js";
export { cpuClock, type SearchOptions, type SearchResult, search } from "./optimiser/search.js";
export { parseSolomon, solomonProblem } from "./optimiser/solomon.js";
export { solveInWorker } from "./optimiser/solve-in-worker.js";
export { checkPlan, type PlanCheck } from "./optimiser/validate.js";
