import type { Services } from "../../../platform/context.js";
import { findTicket } from "../../tickets/index.js";
import { peekPublicRequest } from "../channels.repository.js";
import type { MailLocale } from "../mail/templates.js";
import { hashToken } from "./public-links.js";
import type { VerifyOutcome } from "./verify-public-request.js";

export type VerifyView = VerifyOutcome | { state: "pending"; subject: string; locale: MailLocale };

// What the mailed link shows on GET (and HEAD): only reads. Mail scanners open links; a request is
// sent only by the page's button (a POST).
export async function viewPublicRequest(s: Services, token: string, asked: MailLocale): Promise<VerifyView> {
  const row = await peekPublicRequest(s.db, hashToken(token));
  if (!row) return { state: "invalid", locale: asked };
  if (row.verifiedAt && row.ticketId) {
    const ticket = await findTicket(s.db, row.tenantId, row.ticketId);
    return { state: "already", number: ticket?.number ?? "", locale: row.locale };
  }
  if (row.expiresAt.getTime() <= s.clock.now().getTime()) return { state: "invalid", locale: row.locale };
  return { state: "pending", subject: row.subject, locale: row.locale };
}
