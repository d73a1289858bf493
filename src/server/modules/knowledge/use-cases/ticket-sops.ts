import type { z } from "@hono/zod-openapi";
import type { ZTickSopStep } from "../../../../shared/api/sops.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findTicket, recordKnowledgeStep, ticketVisibility } from "../../tickets/index.js";
import { setSopStep } from "../sops/sop-repository.js";
import { ticketChecklist } from "../sops/ticket-checklist.js";

export async function ticketSops(s: Services, a: Actor, ref: string) {
  const ticket = await findTicket(s.db, a.tenantId, ref, ticketVisibility(a));
  if (!ticket) throw new AppError("ticket.not_found");
  return { items: await ticketChecklist(s.db, ticket) };
}

// Ticks (or unticks) one step of an SOP that applies to the ticket; the change goes into the
// ticket's history (tickets' command) with who and when. Ticking twice changes nothing.
export async function tickSopStep(s: Services, a: Actor, ref: string, input: z.output<typeof ZTickSopStep>) {
  const ticketId = await s.db.transaction(async (tx) => {
    const ticket = await findTicket(tx, a.tenantId, ref, ticketVisibility(a), true);
    if (!ticket) throw new AppError("ticket.not_found");
    const entry = (await ticketChecklist(tx, ticket)).find((e) => e.sop.id === input.sopId);
    if (!entry) throw new AppError("kb.sop_not_applicable");
    const step = entry.steps.find((st) => st.id === input.stepId);
    if (!step) throw new AppError("kb.sop_step_unknown");
    const now = s.clock.now();
    const key = { tenantId: a.tenantId, ticketId: ticket.id, sopId: entry.sop.id, stepId: step.id };
    const changed = await setSopStep(tx, key, input.done ? { by: a.userId, at: now } : null);
    if (changed)
      await recordKnowledgeStep(
        tx,
        s,
        ticket,
        a,
        {
          type: "sop_step",
          data: {
            sopId: entry.sop.id,
            sop: entry.sop.titleZh,
            sopEn: entry.sop.titleEn,
            stepId: step.id,
            step: step.zh,
            stepEn: step.en,
            done: input.done,
          },
        },
        now,
      );
    return ticket.id;
  });
  return ticketSops(s, a, ticketId);
}
