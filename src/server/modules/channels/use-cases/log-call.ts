import { isStaff } from "../../../../shared/roles.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { findCustomer } from "../../customers/index.js";
import { addChannelMessage, findTicket, openTicketFromChannel } from "../../tickets/index.js";
import { findCustomerByPhoneDigits, insertCall } from "../channels.repository.js";
import type { TLogCall } from "../channels.schemas.js";

// Digits only, with the mainland country code (+86 / 0086) dropped before a mobile number.
function normalisePhone(number: string): string {
  return number.replace(/\D/g, "").replace(/^(00)?86(?=1\d{10}$)/, "");
}

function staffActor(actor: Actor) {
  if (!isStaff(actor.role)) throw new AppError("auth.forbidden");
  const role = actor.role === "admin" || actor.role === "supervisor" ? actor.role : "agent";
  return { userId: actor.userId, role } as const;
}

// An agent logs a call into a ticket, or opens a ticket from it; the call note becomes an
// internal message so the ticket history shows it with the other channels.
export async function logCall(s: Services, actor: Actor, input: TLogCall) {
  if (!input.ticketRef && !input.createTicket) throw new AppError("channels.call_target_required");
  const digits = normalisePhone(input.number);
  return s.db.transaction(async (tx) => {
    let ticket = input.ticketRef
      ? await findTicket(tx, actor.tenantId, input.ticketRef, undefined, true)
      : undefined;
    if (input.ticketRef && !ticket) throw new AppError("ticket.not_found");
    let customerId = input.customerId ?? ticket?.customerId ?? null;
    if (customerId && !(await findCustomer(tx, actor.tenantId, customerId)))
      throw new AppError("customer.not_found");
    if (!customerId) customerId = (await findCustomerByPhoneDigits(tx, actor.tenantId, digits))?.id ?? null;
    const by = staffActor(actor);
    const note = `${input.direction === "inbound" ? "☎ ←" : "☎ →"} ${input.number} (${input.durationSeconds}s)\n${input.summary}`;
    if (!ticket && input.createTicket) {
      if (!customerId) throw new AppError("channels.call_customer_unknown", { number: input.number });
      const customer = await findCustomer(tx, actor.tenantId, customerId);
      ticket = await openTicketFromChannel(tx, s, {
        tenantId: actor.tenantId,
        customerId,
        outletId: customer?.outletId ?? null,
        subject: input.createTicket.subject,
        description: input.summary,
        type: input.createTicket.type,
        channel: "phone",
        actor: by,
      });
    }
    if (!ticket) throw new AppError("ticket.not_found");
    await addChannelMessage(tx, s, {
      tenantId: actor.tenantId,
      ticket,
      body: note,
      bodyHtml: null,
      channel: "phone",
      fromAddress: input.number,
      visibility: "internal",
      actor: by,
    });
    const call = await insertCall(tx, {
      id: newId("call"),
      tenantId: actor.tenantId,
      direction: input.direction,
      number: digits,
      durationSeconds: input.durationSeconds,
      summary: input.summary,
      ticketId: ticket.id,
      customerId: customerId ?? ticket.customerId,
      agentId: actor.userId,
      createdAt: s.clock.now(),
    });
    return {
      id: call.id,
      direction: call.direction,
      number: call.number,
      durationSeconds: call.durationSeconds,
      summary: call.summary,
      ticketId: ticket.id,
      ticketNumber: ticket.number,
      customerId: call.customerId,
      createdAt: call.createdAt.toISOString(),
    };
  });
}
