import type { RmaKind, RmaStatus } from "../../../../shared/rma.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { findTicket, type RmaTicketEvent, recordRmaStep } from "../../tickets/index.js";
import { findRma, insertRmaStep, type RmaRow, updateRma } from "../rma.repository.js";

type StepEventData = Extract<RmaTicketEvent, { type: "rma_step" }>["data"];
// What a step adds to the ticket's history event (and to the RMA's own step row).
export type StepData = Omit<StepEventData, "rmaId" | "number" | "kind" | "action" | "from" | "to">;

// Runs one step of an RMA: locks it, lets `apply` check and change it, then writes the step (with
// actor and time), the ticket's history event and the audit entry in the same transaction.
export async function runRmaStep(
  s: Services,
  actor: Actor,
  ref: string,
  apply: (
    tx: Db,
    rma: RmaRow,
    now: Date,
  ) => Promise<{ action: string; to: RmaStatus; patch: Partial<RmaRow>; data: StepData }>,
): Promise<string> {
  return s.db.transaction(async (tx) => {
    const rma = await findRma(tx, actor.tenantId, ref, { forUpdate: true });
    if (!rma) throw new AppError("rma.not_found");
    const ticket = await findTicket(tx, actor.tenantId, rma.ticketId, undefined, true);
    if (!ticket) throw new AppError("ticket.not_found");
    const now = s.clock.now();
    const step = await apply(tx, rma, now);
    await updateRma(tx, actor.tenantId, rma.id, { ...step.patch, status: step.to, updatedAt: now });
    await insertRmaStep(tx, {
      id: newId("rms"),
      tenantId: actor.tenantId,
      rmaId: rma.id,
      action: step.action,
      fromStatus: rma.status,
      toStatus: step.to,
      actorId: actor.userId,
      data: { actorName: actor.name, ...step.data },
      at: now,
    });
    await recordRmaStep(
      tx,
      s,
      ticket,
      actor,
      {
        type: "rma_step",
        data: {
          rmaId: rma.id,
          number: rma.number,
          kind: rma.kind as RmaKind,
          action: step.action,
          from: rma.status,
          to: step.to,
          ...step.data,
        },
      },
      now,
    );
    return rma.id;
  });
}
