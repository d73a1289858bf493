import type { RmaKind, RmaStatus } from "../../../shared/rma.js";
import type { RmaDue, RmaSla } from "../../../shared/rma-sla.js";
import type { AddWorkingDays } from "../sla/index.js";

type DueInput = {
  kind: RmaKind;
  status: RmaStatus;
  receivedAt: Date | null;
  inspectedAt: string | null;
  // When it shipped back or was refunded, and whether a call after that reached the customer.
  sentAt?: Date | null;
  followedUp?: boolean;
};

// The open step of an RMA and when it is due: QA after receipt; shipping back after QA (a passed
// repair or exchange, or any failed unit going back as it came); a follow-up call that reaches the
// customer after shipping or refunding. A passed return's refund has no target here. Pure: `now` is the
// caller's clock and the days are counted by `addDays` (working days on the tenant's calendar).
export function rmaDue(rma: DueInput, sla: RmaSla, now: Date, addDays: AddWorkingDays): RmaDue[] {
  const due = (step: RmaDue["step"], from: Date, days: number): RmaDue => {
    const dueAt = addDays(from, days);
    return { step, dueAt: dueAt.toISOString(), overdue: now.getTime() > dueAt.getTime() };
  };
  if (rma.status === "received" && rma.receivedAt) return [due("qa", rma.receivedAt, sla.qaWithinDays)];
  const awaitingShipment =
    rma.status === "qa_failed" || (rma.status === "qa_passed" && rma.kind !== "return");
  if (awaitingShipment && rma.inspectedAt)
    return [due("ship", new Date(rma.inspectedAt), sla.shipWithinDays)];
  const sent = rma.status === "shipped" || rma.status === "refunded";
  if (sent && rma.sentAt && !rma.followedUp) return [due("follow_up", rma.sentAt, sla.followUpWithinDays)];
  return [];
}
