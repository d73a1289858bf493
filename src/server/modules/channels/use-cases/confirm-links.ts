import { createHash, randomBytes } from "node:crypto";
import { deliverySettings } from "../../../config.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findCustomer } from "../../customers/index.js";
import { findTicket, transitionTicket } from "../../tickets/index.js";
import {
  answerConfirmToken,
  customerUserId,
  findConfirmToken,
  insertConfirmToken,
  newerConfirmTokenExists,
  tenantLocale,
} from "../channels.repository.js";
import type { MailLocale } from "../mail/templates.js";

const CONFIRM_TTL_MS = 30 * 86_400_000;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function publicBaseUrl(s: Services): string {
  const url = deliverySettings().publicUrl ?? `http://${s.config.host}:${s.config.port}`;
  return url.replace(/\/+$/, "");
}

// One fresh token per resolution notice; the mail carries it, the database only its hash.
export async function issueConfirmLinks(
  tx: Db,
  s: Services,
  t: { tenantId: string; ticketId: string; customerId: string; now: Date },
) {
  const token = randomBytes(24).toString("base64url");
  await insertConfirmToken(tx, {
    id: hashToken(token),
    tenantId: t.tenantId,
    ticketId: t.ticketId,
    customerId: t.customerId,
    expiresAt: new Date(t.now.getTime() + CONFIRM_TTL_MS),
    createdAt: t.now,
  });
  const base = `${publicBaseUrl(s)}/confirm/${token}`;
  return { confirmUrl: `${base}?answer=yes`, rejectUrl: `${base}?answer=no` };
}

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
