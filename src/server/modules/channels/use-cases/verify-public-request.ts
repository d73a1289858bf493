import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { newId } from "../../../platform/ids.js";
import { insertCustomer } from "../../customers/index.js";
import { findTicket, openTicketFromChannel } from "../../tickets/index.js";
import { findCustomerByEmail, findPublicRequest, updatePublicRequest } from "../channels.repository.js";
import type { MailLocale } from "../mail/templates.js";
import { hashToken } from "./public-links.js";

export type VerifyOutcome =
  | { state: "created" | "already"; number: string; locale: MailLocale }
  | { state: "invalid"; locale: MailLocale };

// The POST behind the mailed link's button. Knowing the token proves the sender reads mail at the
// request's address (it exists nowhere else), so only now is the text attached to that address's
// customer — an existing one too, which is why the proof must come first — and the audit log says
// which address was proven and whether the customer already existed.
export async function verifyPublicRequest(
  s: Services,
  token: string,
  asked: MailLocale,
): Promise<VerifyOutcome> {
  return s.db.transaction(async (tx) => {
    const row = await findPublicRequest(tx, hashToken(token));
    if (!row) return { state: "invalid", locale: asked };
    const locale = row.locale;
    if (row.verifiedAt && row.ticketId) {
      const ticket = await findTicket(tx, row.tenantId, row.ticketId);
      return { state: "already", number: ticket?.number ?? "", locale };
    }
    const now = s.clock.now();
    if (row.expiresAt.getTime() <= now.getTime()) return { state: "invalid", locale };
    let customer = await findCustomerByEmail(tx, row.tenantId, row.email);
    const existing = Boolean(customer);
    if (!customer) {
      customer = await insertCustomer(tx, {
        id: newId("cus"),
        tenantId: row.tenantId,
        name: row.name,
        kind: "person",
        email: row.email,
        phone: row.phone,
        locale,
        createdAt: now,
        updatedAt: now,
      });
      await appendAudit(tx, {
        tenantId: row.tenantId,
        actorId: null,
        action: "customer.created",
        entityType: "customer",
        entityId: customer.id,
        data: { source: "public_form", email: row.email },
        at: now,
      });
    }
    const ticket = await openTicketFromChannel(tx, s, {
      tenantId: row.tenantId,
      customerId: customer.id,
      outletId: customer.outletId,
      subject: row.subject,
      description: row.description,
      type: "support",
      channel: "web",
      actor: null,
    });
    await updatePublicRequest(tx, row.tenantId, row.id, { verifiedAt: now, ticketId: ticket.id });
    await appendAudit(tx, {
      tenantId: row.tenantId,
      actorId: null,
      action: "public_request.verified",
      entityType: "ticket",
      entityId: ticket.id,
      data: { email: row.email, customerId: customer.id, existingCustomer: existing },
      at: now,
    });
    return { state: "created", number: ticket.number, locale };
  });
}
