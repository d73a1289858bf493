import type { Round } from "../../../shared/api/dispatch.js";
import type { DayInput } from "./day-input.js";
import type { RouteTiming } from "./planning/evaluate.js";

// Rounds and figures as the API shows them: instants instead of minutes after midnight.
export function roundDto(input: DayInput, t: RouteTiming): Round {
  const m = input.model;
  return {
    technicianId: m.technicians[t.technician]!.id,
    stops: t.stops.map((s) => ({
      visitId: m.visits[s.visit]!.id,
      start: input.toDate(s.start).toISOString(),
      end: input.toDate(s.end).toISOString(),
      late: Math.round(s.late),
    })),
    back: input.toDate(t.back).toISOString(),
    overtimeMinutes: Math.round(t.overtime),
    km: Math.round(t.metres / 100) / 10,
  };
}
