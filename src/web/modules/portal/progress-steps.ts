import type { Role } from "../../../shared/roles";
import type { TicketStatus } from "../../app/types";

// The portal's progress tracker, as data: which steps a request shows and which one it has reached.
const STEP_KEYS = ["submitted", "accepted", "assigned", "inProgress", "resolved", "confirmed"] as const;
type StepKey = (typeof STEP_KEYS)[number];

export type Tracked = {
  status: TicketStatus;
  assigneeId?: string | null;
  assigneeRole?: Role | null;
  firstRespondedAt?: string | null;
};

// "Engineer assigned" when a field engineer has it, "Agent assigned" when the service desk does.
export const stepLabel = (key: StepKey, t: Tracked) =>
  key === "assigned" && t.assigneeRole && t.assigneeRole !== "technician" ? "assignedAgent" : key;

// A request resolved with nobody ever assigned (answered at once) had no "assigned" step to show.
function stepsOf(t: Tracked): readonly StepKey[] {
  const done = t.status === "resolved" || t.status === "closed";
  return done && !t.assigneeId ? STEP_KEYS.filter((k) => k !== "assigned") : STEP_KEYS;
}

// Which step of submitted → … → confirmed the request has reached, and whether work is ongoing there.
function reachedStep(t: Tracked): { key: StepKey; working: boolean } {
  switch (t.status) {
    case "closed":
      return { key: "confirmed", working: false };
    case "resolved":
      return { key: "resolved", working: false };
    case "in_progress":
    case "pending_customer":
    case "pending_parts":
    case "pending_third_party":
      return { key: "inProgress", working: true };
    case "assigned":
      return { key: "assigned", working: false };
    default:
      if (t.assigneeId) return { key: "assigned", working: false };
      return { key: t.firstRespondedAt ? "accepted" : "submitted", working: false };
  }
}

export function progressOf(t: Tracked): { steps: readonly StepKey[]; step: number; working: boolean } {
  const steps = stepsOf(t);
  const { key, working } = reachedStep(t);
  return { steps, step: Math.max(0, steps.indexOf(key)), working };
}
