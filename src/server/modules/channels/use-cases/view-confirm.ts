import type { Services } from "../../../platform/context.js";
import { findCustomer } from "../../customers/index.js";
import { findTicket } from "../../tickets/index.js";
import { findConfirmToken, newerConfirmTokenExists, tenantLocale } from "../channels.repository.js";
import type { MailLocale } from "../mail/templates.js";
import { hashToken } from "./public-links.js";

export type ConfirmView =
  | { state: "invalid"; locale: MailLocale }
  | { state: "answered"; locale: MailLocale; number: string; answer: "confirm" | "reject" | "closed" }
  | { state: "superseded"; locale: MailLocale; number: string }
  | { state: "done"; locale: MailLocale; number: string; answer: "confirm" | "reject" }
  | { state: "open"; locale: MailLocale; number: string; subject: string; name: string; error?: "reason" };

// What the page shows for a token. Reading never changes anything (mail scanners open links).

export async function viewConfirm(s: Services, token: string, asked: MailLocale): Promise<ConfirmView> {
  const row = await findConfirmToken(s.db, hashToken(token));
  if (!row) return { state: "invalid", locale: asked };
  const customer = await findCustomer(s.db, row.tenantId, row.customerId);
  const locale = customer?.locale ?? (await tenantLocale(s.db, row.tenantId));
  const ticket = await findTicket(s.db, row.tenantId, row.ticketId);
  if (!ticket || !customer) return { state: "invalid", locale };
  // A link answers the resolution its notice announced: once the ticket was reopened and resolved
  // again, only the newer notice's link counts (the old one must not close the new resolution).
  const resolvedAfterIssue = ticket.resolvedAt !== null && row.createdAt < ticket.resolvedAt;
  if (resolvedAfterIssue || (await newerConfirmTokenExists(s.db, row)))
    return { state: "superseded", locale, number: ticket.number };
  if (row.answer) return { state: "answered", locale, number: ticket.number, answer: row.answer };
  if (ticket.status !== "resolved")
    return { state: "answered", locale, number: ticket.number, answer: "closed" };
  if (row.expiresAt.getTime() <= s.clock.now().getTime()) return { state: "invalid", locale };
  return { state: "open", locale, number: ticket.number, subject: ticket.subject, name: customer.name };
}
