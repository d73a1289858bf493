// A visit's lifecycle as data: which action moves it from which status to which. Pure.
const VISIT_STATUSES = [
  "requested",
  "scheduled",
  "en_route",
  "on_site",
  "done",
  "cancelled",
  "no_show",
] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

export const VISIT_ACTIONS = ["depart", "check_in", "check_out", "cancel", "no_show"] as const;
export type VisitAction = (typeof VISIT_ACTIONS)[number];

const MOVES: Record<VisitAction, { from: readonly VisitStatus[]; to: VisitStatus }> = {
  depart: { from: ["scheduled"], to: "en_route" },
  check_in: { from: ["scheduled", "en_route"], to: "on_site" },
  check_out: { from: ["on_site"], to: "done" },
  cancel: { from: ["requested", "scheduled", "en_route"], to: "cancelled" },
  no_show: { from: ["scheduled", "en_route", "on_site"], to: "no_show" },
};

// The status an action leads to, or null when it is not possible from `from`.
export function nextVisitStatus(from: VisitStatus, action: VisitAction): VisitStatus | null {
  const move = MOVES[action];
  return move.from.includes(from) ? move.to : null;
}

// Statuses in which a visit holds its technician's time.
export const HOLDS_TIME: readonly VisitStatus[] = ["scheduled", "en_route", "on_site", "done"];
