import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findCustomer } from "../../customers/index.js";
import { transitionTicket } from "../../tickets/index.js";
import { answerConfirmToken, customerUserId, findConfirmToken } from "../channels.repository.js";
import type { MailLocale } from "../mail/templates.js";
import { hashToken } from "./public-links.js";
import { type ConfirmView, viewConfirm } from "./view-confirm.js";

// The customer's answer, from the page's POST: confirm closes, reject reopens with their reason.
export async function answerConfirm(
  s: Services,
  token: string,
  answer: "confirm" | "reject",
  reason: string,
  asked: MailLocale,
): Promise<ConfirmView> {
  const view = await viewConfirm(s, token, asked);
  if (view.state !== "open") return view;
  if (answer === "reject" && !reason.trim()) return { ...view, error: "reason" };
  const hash = hashToken(token);
  const row = await findConfirmToken(s.db, hash);
  const customer = row && (await findCustomer(s.db, row.tenantId, row.customerId));
  if (!row || !customer) return { state: "invalid", locale: view.locale };
  const actor: Actor = {
    // A customer without an account acts under their customer id (history shows who answered).
    userId: (await customerUserId(s.db, row.tenantId, customer.id)) ?? customer.id,
    tenantId: row.tenantId,
    role: "customer",
    name: customer.name,
    customerId: customer.id,
    outletId: null,
    locale: view.locale,
    credentialId: "confirm_link",
  };
  try {
    await transitionTicket(s, actor, row.ticketId, answer, answer === "reject" ? reason.trim() : undefined);
  } catch (err) {
    // Answered meanwhile (second tab, agent, auto-close): report instead of failing.
    if (err instanceof AppError && err.code === "ticket.invalid_transition")
      return { state: "answered", locale: view.locale, number: view.number, answer: "closed" };
    throw err;
  }
  await answerConfirmToken(s.db, row.tenantId, hash, answer, s.clock.now());
  return { state: "done", locale: view.locale, number: view.number, answer };
}
