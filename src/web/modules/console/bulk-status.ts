import type { TicketAction, TicketStatus } from "../../app/types";

// Statuses an agent may set on many tickets at once, and the transition that reaches each from
// where a ticket stands (the server's state machine, src/server/modules/tickets/lifecycle.ts,
// has the final word; a ticket it refuses shows its message in the summary).
export const BULK_TARGETS = [
  "in_progress",
  "pending_customer",
  "pending_parts",
  "pending_third_party",
  "resolved",
] as const satisfies readonly TicketStatus[];
export type BulkTarget = (typeof BULK_TARGETS)[number];

const PENDING: readonly TicketStatus[] = ["pending_customer", "pending_parts", "pending_third_party"];
const WORKING: readonly TicketStatus[] = ["assigned", "in_progress", ...PENDING];
const OPEN: readonly TicketStatus[] = ["new", ...WORKING];

export function actionFor(target: BulkTarget, from: TicketStatus): TicketAction | null {
  switch (target) {
    case "in_progress":
      if (from === "new" || from === "assigned") return "start";
      return PENDING.includes(from) ? "resume" : null;
    case "pending_customer":
      return WORKING.includes(from) && from !== target ? "pend_customer" : null;
    case "pending_parts":
      return WORKING.includes(from) && from !== target ? "pend_parts" : null;
    case "pending_third_party":
      return WORKING.includes(from) && from !== target ? "pend_third_party" : null;
    case "resolved":
      return OPEN.includes(from) ? "resolve" : null;
  }
}
