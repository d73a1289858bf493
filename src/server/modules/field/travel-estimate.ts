// The driving minutes between two places (WGS-84) for the "on the way" ETA. Field cannot import
// dispatch (dispatch builds on field), so dispatch provides its travel-time model when the modules
// are wired; without it the ETA falls back to the planned arrival (see visit-notices.ts).
export type LatLng = { lat: number; lng: number };
export type TravelMinutes = (from: LatLng, to: LatLng) => number;

let provided: TravelMinutes | null = null;

export function provideTravelMinutes(estimate: TravelMinutes): void {
  provided = estimate;
}

export function travelMinutes(from: LatLng, to: LatLng): number | null {
  return provided ? provided(from, to) : null;
}
