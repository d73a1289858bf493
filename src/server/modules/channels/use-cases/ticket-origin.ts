import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findUser } from "../../auth/index.js";
import { findCustomer } from "../../customers/index.js";
import { findTicket, ticketVisibility } from "../../tickets/index.js";
import { outletName } from "../channels.repository.js";

// Where a ticket came from and for whom: the channel, the reporting dealer and outlet, the customer
// with their contact and notice preferences (what an agent needs before calling back).
export async function ticketOrigin(s: Services, actor: Actor, ref: string) {
  const ticket = await findTicket(s.db, actor.tenantId, ref, ticketVisibility(actor));
  if (!ticket) throw new AppError("ticket.not_found");
  const reporter = ticket.reporterId ? await findUser(s.db, actor.tenantId, ticket.reporterId) : undefined;
  const customer = await findCustomer(s.db, actor.tenantId, ticket.customerId);
  return {
    channel: ticket.channel,
    reporter: reporter ? { id: reporter.id, name: reporter.name, role: reporter.role } : null,
    outlet: ticket.outletId
      ? {
          id: ticket.outletId,
          name: (await outletName(s.db, actor.tenantId, ticket.outletId)) ?? ticket.outletId,
        }
      : null,
    customer: customer
      ? {
          id: customer.id,
          name: customer.name,
          phone: customer.phone,
          email: customer.email,
          preferredChannel: customer.preferredChannel,
          locale: customer.locale,
        }
      : null,
  };
}
