import { RMA_QA_QUEUE, RMA_STATUSES, type RmaKind, type RmaStatus } from "../../../../shared/rma.js";
import type { RmaSla } from "../../../../shared/rma-sla.js";
import { isStaff } from "../../../../shared/roles.js";
import type { Entitlement } from "../../../../shared/warranty.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findUnitBySerial } from "../../products/index.js";
import { findTicket } from "../../tickets/index.js";
import { tenantRmaSla } from "../../warranty/index.js";
import { refundFor } from "../refund.js";
import { findRma, listRmaSteps, listRmas, type RmaRow } from "../rma.repository.js";
import { rmaDue } from "../rma-sla.js";
import { toRmaDto } from "../rma-view.js";

// Customers see their own RMAs; dealers none (their tickets' RMAs are handled by the service side).
function ownScope(actor: Actor): { customerId?: string } {
  return isStaff(actor.role) ? {} : { customerId: actor.customerId ?? "-" };
}

export async function rmaDto(s: Services, actor: Actor, rma: RmaRow, slaGiven?: RmaSla) {
  const [steps, unit, sla] = await Promise.all([
    listRmaSteps(s.db, actor.tenantId, rma.id),
    findUnitBySerial(s.db, actor.tenantId, rma.unitSerial),
    slaGiven ?? tenantRmaSla(s.db, actor.tenantId),
  ]);
  const inspection = rma.inspection as { at?: string } | null;
  // The step that shipped or refunded it (a later follow-up call stays in that status).
  const sent = steps.findLast(
    (st) => (st.toStatus === "shipped" || st.toStatus === "refunded") && st.fromStatus !== st.toStatus,
  );
  const followedUp = steps.some(
    (st) => st.action === "follow_up" && st.data.stage === "after_shipment" && st.data.outcome === "reached",
  );
  const due = rmaDue(
    {
      kind: rma.kind as RmaKind,
      status: rma.status as RmaStatus,
      receivedAt: rma.receivedAt,
      inspectedAt: inspection?.at ?? null,
      sentAt: sent?.at ?? null,
      followedUp,
    },
    sla,
    s.clock.now(),
  );
  const suggestedRefund =
    rma.kind === "return" && unit ? refundFor(unit.invoicePrice, rma.entitlement as Entitlement) : undefined;
  return toRmaDto(rma, steps, actor, {
    category: unit?.productSanbaoCategory ?? null,
    due,
    ...(suggestedRefund !== undefined ? { suggestedRefund } : {}),
  });
}

export async function getRma(s: Services, actor: Actor, ref: string) {
  if (actor.role === "dealer") throw new AppError("rma.not_found");
  const rma = await findRma(s.db, actor.tenantId, ref, ownScope(actor));
  if (!rma) throw new AppError("rma.not_found");
  return rmaDto(s, actor, rma);
}

export async function searchRmas(
  s: Services,
  actor: Actor,
  q: {
    status?: string;
    kind?: string;
    ticket?: string;
    unitSerial?: string;
    limit: number;
    beforeId?: string;
  },
) {
  if (actor.role === "dealer") return [];
  // `status=qa` is QA's inspection queue; otherwise a comma list of known statuses.
  const statuses =
    q.status === "qa"
      ? [...RMA_QA_QUEUE]
      : q.status
        ? q.status.split(",").filter((x) => (RMA_STATUSES as readonly string[]).includes(x))
        : undefined;
  if (q.status && q.status !== "qa" && statuses?.length === 0) return [];
  let ticketId: string | undefined;
  if (q.ticket) {
    const ticket = await findTicket(s.db, actor.tenantId, q.ticket);
    if (!ticket) return [];
    ticketId = ticket.id;
  }
  const rows = await listRmas(s.db, actor.tenantId, {
    statuses,
    kind: q.kind,
    ticketId,
    unitSerial: q.unitSerial,
    ...ownScope(actor),
    limit: q.limit,
    beforeId: q.beforeId,
  });
  const sla = await tenantRmaSla(s.db, actor.tenantId);
  return Promise.all(rows.map((r) => rmaDto(s, actor, r, sla)));
}
