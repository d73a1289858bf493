import type { Channel } from "../../../../shared/domain.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { customerVisibility, findCustomer } from "../../customers/index.js";
import { findUnitBySerial, tenantToday, warrantyStatus } from "../../products/index.js";
import { groupCommitFor } from "../creation-group.js";
import { allocateTicketNumber } from "../ticket-numbers.js";
import { toTicketDetail } from "../ticket-views.js";
import type { TCreateTicket } from "../tickets.schemas.js";
import { getTicket } from "./get-ticket.js";

function defaultChannel(actor: Actor): Channel {
  if (actor.role === "customer") return "portal";
  if (actor.role === "dealer") return "dealer";
  return "web";
}

// Fields that steer the work (priority A starts the fastest SLA, tags drive triggers): staff set
// them. A customer or dealer who sends one is told so instead of having it quietly dropped; the
// channel they would get anyway is accepted, as is their own customer id.
function refuseStaffFields(actor: Actor, input: TCreateTicket): void {
  if (actor.role !== "customer" && actor.role !== "dealer") return;
  const refused: string[] = [];
  if (input.priority !== undefined) refused.push("priority");
  if (input.channel !== undefined && input.channel !== defaultChannel(actor)) refused.push("channel");
  if (input.tags !== undefined) refused.push("tags");
  if (actor.role === "customer" && input.customerId !== undefined && input.customerId !== actor.customerId)
    refused.push("customerId");
  if (refused.length > 0) throw new AppError("ticket.staff_field", { field: refused.join(", ") });
}

// Validates one request and reads what its ticket needs (customer, unit, warranty) outside any
// transaction; the write itself is grouped with concurrent creations (`creation-group.ts`).
export async function createTicket(s: Services, actor: Actor, input: TCreateTicket) {
  refuseStaffFields(actor, input);
  const customerId = actor.role === "customer" ? actor.customerId : input.customerId;
  if (!customerId) throw new AppError("ticket.customer_required");
  // A dealer may only report for customers of their own outlet; others look nonexistent.
  const customer = await findCustomer(s.db, actor.tenantId, customerId, customerVisibility(actor));
  if (!customer) throw new AppError("customer.not_found");
  const today = await tenantToday(s, actor.tenantId);
  let unit: Awaited<ReturnType<typeof findUnitBySerial>>;
  if (input.unitSerial) {
    unit = await findUnitBySerial(s.db, actor.tenantId, input.unitSerial);
    if (!unit) throw new AppError("unit.not_found", { serial: input.unitSerial });
    if (unit.customerId !== customer.id)
      throw new AppError("ticket.unit_not_owned", { serial: input.unitSerial });
  }
  const attachmentIds = [...new Set(input.attachmentIds ?? [])];
  // The service-order number is taken before the transaction, together with those of concurrent
  // creations, so the tenant's counter row is never locked for the length of a creation.
  const number = await allocateTicketNumber(s.db, actor.tenantId, Number(today.slice(0, 4)));
  const created = await groupCommitFor(s, actor.tenantId).submit({
    actor,
    customerTier: customer.tier,
    attachmentIds,
    ticket: {
      tenantId: actor.tenantId,
      number,
      subject: input.subject,
      description: input.description,
      type: input.type,
      priority: input.priority ?? "C",
      status: "new",
      channel: input.channel ?? defaultChannel(actor),
      customerId: customer.id,
      unitId: unit?.id ?? null,
      unitSerial: unit?.serial ?? null,
      warrantyStatus: unit ? warrantyStatus(unit.warrantyEndsAt, today) : null,
      outletId: actor.role === "dealer" ? actor.outletId : customer.outletId,
      // Staff (or a dealer) of a network node open the ticket for their node, so they keep seeing it.
      nodePath: actor.role === "customer" ? null : (actor.nodePath ?? null),
      reporterId: actor.userId,
      tags: input.tags ?? [],
    },
  });
  if (attachmentIds.length > 0) return getTicket(s, actor, created.id);
  if (!created.row) throw new AppError("ticket.not_found");
  return toTicketDetail(created.row, actor, []);
}
