import type { LatLng } from "../field/index.js";
import { straightLineTravel } from "./optimiser/problem.js";

// The planner's travel model (straight line × 1.3 at 30 km/h, see planning/day-model.ts) between
// two places, for the field module's "on the way" ETA: the customer is told what the plan assumes.
const travel = straightLineTravel({ detour: 1.3, kmPerHour: 30 });
const METRES_PER_DEGREE = 111_320;

export function travelMinutes(from: LatLng, to: LatLng): number {
  const cos = Math.cos((((from.lat + to.lat) / 2) * Math.PI) / 180);
  const metres = (p: LatLng) => ({ x: p.lng * METRES_PER_DEGREE * cos, y: p.lat * METRES_PER_DEGREE });
  return travel.time(metres(from), metres(to));
}
