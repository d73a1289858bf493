import type { TicketSop } from "../../../../shared/api/sops.js";
import type { Db } from "../../../platform/db/client.js";
import { type TicketRow, ticketWithContext } from "../../tickets/index.js";
import { applicableSops, ticketSopSteps } from "./sop-repository.js";
import { sopDto } from "./sop-writes.js";

// The SOPs that apply to a ticket (its type, its unit's product lines), each step with who ticked
// it and when. An SOP is complete when every control point is ticked (every step, if it has none).
export async function ticketChecklist(db: Db, ticket: TicketRow): Promise<TicketSop[]> {
  const context = await ticketWithContext(db, ticket.tenantId, ticket.id);
  const sops = await applicableSops(db, ticket.tenantId, ticket.type, context?.productSkills ?? []);
  if (sops.length === 0) return [];
  const ticks = await ticketSopSteps(db, ticket.tenantId, ticket.id);
  return sops.map((sop) => {
    const steps = sop.steps.map((st) => {
      const tick = ticks.find((t) => t.sopId === sop.id && t.stepId === st.id);
      return {
        ...st,
        doneBy: tick?.doneBy ?? null,
        doneByName: tick?.doneByName ?? null,
        doneAt: tick?.doneAt.toISOString() ?? null,
      };
    });
    const gate = steps.some((st) => st.control) ? steps.filter((st) => st.control) : steps;
    return { sop: sopDto(sop), steps, complete: gate.every((st) => st.doneAt !== null) };
  });
}
