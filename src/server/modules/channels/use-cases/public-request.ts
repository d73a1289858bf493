import { randomBytes } from "node:crypto";
import { z } from "zod";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { newId } from "../../../platform/ids.js";
import { defineOutboundJob, enqueue } from "../../../platform/jobs/queue.js";
import { insertCustomer } from "../../customers/index.js";
import { findTicket, openTicketFromChannel } from "../../tickets/index.js";
import {
  countRecentRequests,
  findCustomerByEmail,
  findPublicRequest,
  findTenantBySlug,
  insertPublicRequest,
  listMailboxes,
  peekPublicRequest,
  updatePublicRequest,
} from "../channels.repository.js";
import { type PlannedMail, sendPlannedMail, smtpUrlOf } from "../mail/smtp-send.js";
import type { MailLocale } from "../mail/templates.js";
import { hashToken, publicBaseUrl } from "./confirm-links.js";

const HOUR_MS = 3_600_000;
const HOLD_MS = 48 * HOUR_MS;
// Captcha-free, so bounded: per sender address and per client address, each within an hour.
const LIMITS = { perEmail: 3, perIp: 10 } as const;

export const ZPublicRequest = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().toLowerCase().email().max(254),
  phone: z
    .string()
    .trim()
    .max(40)
    .regex(/^(\+?[0-9][0-9 ()-]{4,39})?$/)
    .optional(),
  subject: z.string().trim().min(1).max(200),
  description: z.string().trim().min(1).max(10_000),
});
export type TPublicRequest = z.infer<typeof ZPublicRequest>;

export type SubmitOutcome = "held" | "no_tenant" | "rate_limited";

// The request waits, unverified, until its sender opens the link mailed to them.
export async function submitPublicRequest(
  s: Services,
  slug: string,
  input: TPublicRequest,
  meta: { ip: string; locale: MailLocale },
): Promise<SubmitOutcome> {
  const tenant = await findTenantBySlug(s.db, slug);
  if (!tenant) return "no_tenant";
  const now = s.clock.now();
  const since = new Date(now.getTime() - HOUR_MS);
  return s.db.transaction(async (tx) => {
    if (
      (await countRecentRequests(tx, tenant.id, { email: input.email }, since)) >= LIMITS.perEmail ||
      (await countRecentRequests(tx, tenant.id, { ip: meta.ip }, since)) >= LIMITS.perIp
    )
      return "rate_limited";
    // A placeholder key until the verification job mints the token (only its hash is kept).
    const id = `pending_${randomBytes(16).toString("hex")}`;
    await insertPublicRequest(tx, {
      id,
      tenantId: tenant.id,
      email: input.email,
      name: input.name,
      phone: input.phone || null,
      subject: input.subject,
      description: input.description,
      ip: meta.ip,
      locale: meta.locale,
      expiresAt: new Date(now.getTime() + HOLD_MS),
      createdAt: now,
    });
    await enqueue(
      tx,
      verifyRequestJob,
      { tenantId: tenant.id, requestId: id, slug },
      { tenantId: tenant.id },
    );
    return "held";
  });
}

const VERIFY_MAIL = {
  subject: { en: "Please confirm your service request", "zh-CN": "请确认您的服务请求" },
  body: {
    en: 'Hello {name},\n\nto send us your request "{subject}", open this link within 48 hours:\n{url}\n\nIf you did not ask for this, ignore this mail.',
    "zh-CN":
      "{name}，您好：\n\n请在 48 小时内打开以下链接，确认提交服务请求“{subject}”：\n{url}\n\n如非本人操作，请忽略本邮件。",
  },
} as const;

// Filled in one pass by a function: the sender's own text is never read as a pattern (`$'` in a
// name stays `$'`) and a "{url}" typed into the subject stays text.
function fillVerifyMail(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
}

// The token exists only in the mail. prepare mints it and makes its hash the row's key; the mail
// (with the token) waits on the job row only until it is sent, then the runner clears it.
export const verifyRequestJob = defineOutboundJob({
  kind: "channels.verify_public_request",
  payload: z.object({ tenantId: z.string(), requestId: z.string(), slug: z.string() }),
  async prepare(p, { tx, s }): Promise<PlannedMail | null> {
    const row = await findPublicRequest(tx, p.requestId);
    if (!row || row.verifiedAt) return null;
    const mailbox = (await listMailboxes(tx, p.tenantId))[0];
    if (!mailbox || !smtpUrlOf(mailbox.smtp)) {
      s.logger.warn({ tenantId: p.tenantId }, "public request held: no mailbox to send the verification");
      return null;
    }
    const token = randomBytes(24).toString("base64url");
    await updatePublicRequest(tx, p.tenantId, row.id, { id: hashToken(token) });
    const url = `${publicBaseUrl(s)}/request/${encodeURIComponent(p.slug)}/verify/${token}`;
    const l = row.locale;
    const domain = mailbox.address.split("@")[1] ?? "aftercare.invalid";
    return {
      tenantId: p.tenantId,
      mailboxId: mailbox.id,
      messageId: `${newId("vrf")}@${domain}`,
      to: row.email,
      subject: VERIFY_MAIL.subject[l],
      text: fillVerifyMail(VERIFY_MAIL.body[l], { name: row.name, subject: row.subject, url }),
      headers: { "Auto-Submitted": "auto-generated" },
    };
  },
  async send(mail, { s }) {
    await sendPlannedMail(s, s.db, mail);
  },
  // Nothing to write: the request row already carries the token's hash.
  async record() {},
});

export type VerifyOutcome =
  | { state: "created" | "already"; number: string; locale: MailLocale }
  | { state: "invalid"; locale: MailLocale };
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

export async function requestFormTenant(s: Services, slug: string) {
  return findTenantBySlug(s.db, slug);
}
