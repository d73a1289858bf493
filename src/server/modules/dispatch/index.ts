// Dispatch: the pure route optimiser (no database). The dispatch board and booking slots build a
// Problem from visits and technicians and call solveInWorker; the CLI and bench feed it Solomon files.
export { construct } from "./optimiser/construct.js";
export {
  buildProblem,
  euclidean,
  type Problem,
  straightLineTravel,
  type TravelProvider,
  UNPLACED_COST,
  type VehicleInput,
  type VisitInput,
} from "./optimiser/problem.js";
export { cpuClock, type SearchOptions, type SearchResult, search } from "./optimiser/search.js";
export {
  parseSolomon,
  SolomonFormatError,
  type SolomonInstance,
  solomonProblem,
} from "./optimiser/solomon.js";
export { solveInWorker } from "./optimiser/solve-in-worker.js";
export { checkPlan, type PlanCheck } from "./optimiser/validate.js";
