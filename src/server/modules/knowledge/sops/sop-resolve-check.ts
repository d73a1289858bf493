import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { TicketRow } from "../../tickets/index.js";
import { ticketChecklist } from "./ticket-checklist.js";

// Provided to tickets (`provideResolveCheck`): a ticket with a required SOP resolves only once
// that SOP's control points are ticked; the 422 names the SOP and the first open step.
export async function requiredSopsDone(tx: Db, ticket: TicketRow): Promise<void> {
  for (const entry of await ticketChecklist(tx, ticket)) {
    if (!entry.sop.required || entry.complete) continue;
    const gate = entry.steps.some((st) => st.control) ? entry.steps.filter((st) => st.control) : entry.steps;
    const open = gate.filter((st) => st.doneAt === null);
    throw new AppError("kb.sop_incomplete", {
      sop: entry.sop.titleZh,
      sopEn: entry.sop.titleEn,
      open: open.length,
      step: open[0]?.zh ?? "",
      stepEn: open[0]?.en ?? "",
    });
  }
}
