import { z } from "zod";
import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import { defineOutboundJob, enqueue } from "../../../platform/jobs/queue.js";
import { findCustomer } from "../../customers/index.js";
import { findTicket, type TicketChanged } from "../../tickets/index.js";
import {
  addressStatus,
  claimEmailMessage,
  findMailbox,
  findTicketMessage,
  insertOutbound,
  listMailboxes,
  type MailboxRow,
  tenantLocale,
  ticketMailIds,
  updateOutbound,
} from "../channels.repository.js";
import { type PlannedMail, sendPlannedMail, smtpUrlOf } from "../mail/smtp-send.js";
import { type NoticeKind, renderNotice, renderSms } from "../mail/templates.js";
import { messageSenderFromEnv } from "../message-sender.js";
import { issueConfirmLinks } from "./issue-confirm-links.js";

const AUTO_REPLY_PAUSE_MS = 60 * 60 * 1000;
const VISIT_NOTICES = ["visit_booked", "visit_reminder", "visit_on_the_way"] as const;
export type VisitNotice = (typeof VISIT_NOTICES)[number];

// What a ticket change tells the customer: opened, an agent's public reply, resolved, closed.
export async function onTicketChanged(tx: Db, change: TicketChanged): Promise<void> {
  const staff = change.actor !== null && !["customer", "dealer"].includes(change.actor.role);
  const notices: { kind: NoticeKind; messageId?: string }[] = [];
  for (const e of change.events) {
    if (e.type === "created") notices.push({ kind: "created" });
    if (e.type === "message_added" && staff && e.data.visibility === "public")
      notices.push({ kind: "reply", messageId: String(e.data.messageId) });
    if (e.type === "status_changed" && (e.data.to === "resolved" || e.data.to === "closed"))
      notices.push({ kind: e.data.to });
  }
  for (const n of notices)
    await enqueue(
      tx,
      notifyCustomerJob,
      { tenantId: change.tenantId, ticketId: change.after.id, kind: n.kind, messageId: n.messageId ?? null },
      {
        tenantId: change.tenantId,
        singletonKey: `notify:${change.after.id}:${n.kind}:${n.messageId ?? change.after.version}`,
      },
    );
}

// The channels module's command for a home visit's notice (booking confirmation, the day-before
// reminder, "on the way"): enqueued in the caller's transaction, so only a committed change sends;
// `key` names the occasion (the booked window, the departure), so one occasion sends once. Goes by
// the customer's preferred channel and language, like every ticket notice.
export async function notifyCustomerAboutVisit(
  tx: Db,
  n: {
    tenantId: string;
    ticketId: string;
    kind: VisitNotice;
    key: string;
    vars: { "zh-CN": Record<string, string>; en: Record<string, string> };
  },
): Promise<void> {
  await enqueue(
    tx,
    notifyCustomerJob,
    { tenantId: n.tenantId, ticketId: n.ticketId, kind: n.kind, messageId: null, vars: n.vars },
    { tenantId: n.tenantId, singletonKey: `notify:${n.ticketId}:${n.kind}:${n.key}` },
  );
}

async function senderMailbox(tx: Db, tenantId: string, ticketId: string): Promise<MailboxRow | undefined> {
  const seen = (await ticketMailIds(tx, tenantId, ticketId)).find((m) => m.mailboxId);
  if (seen?.mailboxId) {
    const mailbox = await findMailbox(tx, tenantId, seen.mailboxId);
    if (mailbox) return mailbox;
  }
  return (await listMailboxes(tx, tenantId))[0];
}

// What prepare decided to send; the outbound row's id is the idempotency key (the SMS gateway's
// key, and the local part of the mail's Message-ID).
type NoticePlan =
  | { channel: "sms"; tenantId: string; outboundId: string; to: string; body: string; ticketNumber: string }
  | {
      channel: "email";
      tenantId: string;
      outboundId: string;
      mail: PlannedMail;
      ticketId: string;
      ticketMessageId: string | null;
      fromAddress: string;
    };

// Outbound in three phases (platform/jobs/queue.ts): prepare decides and records the outbound row
// as queued, the send happens outside any transaction, record marks it sent. A failed send is
// retried with back-off and the same key; after the last attempt the row is marked failed.
export const notifyCustomerJob = defineOutboundJob({
  kind: "channels.notify_customer",
  payload: z.object({
    tenantId: z.string(),
    ticketId: z.string(),
    kind: z.enum(["created", "reply", "resolved", "closed", ...VISIT_NOTICES]),
    messageId: z.string().nullable(),
    /** texts another module fills in, per language (a visit's window, technician, ETA…) */
    vars: z
      .object({ "zh-CN": z.record(z.string(), z.string()), en: z.record(z.string(), z.string()) })
      .optional(),
  }),
  async prepare(p, { tx, s, now }): Promise<NoticePlan | null> {
    const ticket = await findTicket(tx, p.tenantId, p.ticketId);
    if (!ticket) return null;
    const customer = await findCustomer(tx, p.tenantId, ticket.customerId);
    const message = p.messageId ? await findTicketMessage(tx, p.tenantId, p.messageId) : undefined;
    if (p.kind === "reply" && !message) return null;
    const sms = customer?.preferredChannel === "sms" && Boolean(customer.phone);
    const outboundId = newId("out");
    const record = async (
      status: "queued" | "suppressed",
      reason: string | null,
      extra: { subject?: string; body?: string } = {},
    ) => {
      await insertOutbound(tx, {
        id: outboundId,
        tenantId: p.tenantId,
        channel: sms ? "sms" : "email",
        kind: p.kind,
        ticketId: ticket.id,
        recipient: (sms ? customer?.phone : customer?.email) ?? "",
        subject: extra.subject ?? null,
        body: extra.body ?? "",
        status,
        reason,
        createdAt: now,
      });
      return null;
    };
    if (!customer) return record("suppressed", "no_customer");
    // The customer's own language, else the tenant's.
    const locale = customer.locale ?? (await tenantLocale(tx, p.tenantId));
    const vars: Record<string, string> = {
      name: customer.name,
      number: ticket.number,
      subject: ticket.subject,
      body: message?.body ?? "",
      ...p.vars?.[locale],
    };
    if (p.kind === "resolved")
      Object.assign(
        vars,
        await issueConfirmLinks(tx, s, {
          tenantId: p.tenantId,
          ticketId: ticket.id,
          customerId: customer.id,
          now,
        }),
      );
    if (sms && customer.phone) {
      const body = renderSms(p.kind, locale, vars);
      await record("queued", null, { body });
      return {
        channel: "sms",
        tenantId: p.tenantId,
        outboundId,
        to: customer.phone,
        body,
        ticketNumber: ticket.number,
      };
    }
    if (!customer.email) return record("suppressed", "no_email");
    const status = await addressStatus(tx, p.tenantId, customer.email);
    if (status?.bouncedAt) return record("suppressed", "bounced");
    const automatic = p.kind !== "reply";
    if (
      automatic &&
      status?.autoRepliedAt &&
      now.getTime() - status.autoRepliedAt.getTime() < AUTO_REPLY_PAUSE_MS
    )
      return record("suppressed", "auto_replied_recently");
    const mailbox = await senderMailbox(tx, p.tenantId, ticket.id);
    const url = smtpUrlOf(mailbox?.smtp);
    if (!mailbox || !url) return record("suppressed", mailbox ? "no_smtp" : "no_mailbox");
    const { subject, text } = renderNotice(p.kind, locale, vars);
    const thread = await ticketMailIds(tx, p.tenantId, ticket.id);
    const lastIn = [...thread].reverse().find((m) => m.direction === "in");
    const domain = mailbox.address.split("@")[1] ?? "aftercare.invalid";
    await record("queued", null, { subject, body: text });
    return {
      channel: "email",
      tenantId: p.tenantId,
      outboundId,
      ticketId: ticket.id,
      ticketMessageId: message?.id ?? null,
      fromAddress: mailbox.address,
      mail: {
        tenantId: p.tenantId,
        mailboxId: mailbox.id,
        messageId: `${outboundId}@${domain}`,
        to: customer.email,
        subject,
        text,
        inReplyTo: lastIn?.messageId,
        references: thread.slice(-20).map((m) => m.messageId),
        headers: automatic ? { "Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All" } : {},
      },
    };
  },
  async send(plan, { s }): Promise<{ providerId: string | null }> {
    if (plan.channel === "sms") {
      return messageSenderFromEnv(s.logger).send({
        to: plan.to,
        body: plan.body,
        ticketNumber: plan.ticketNumber,
        idempotencyKey: plan.outboundId,
      });
    }
    await sendPlannedMail(s, s.db, plan.mail);
    return { providerId: null };
  },
  async record(plan, result, { tx, now }) {
    await updateOutbound(tx, plan.tenantId, plan.outboundId, {
      status: "sent",
      sentAt: now,
      providerId: result.providerId,
    });
    if (plan.channel === "email")
      // Threading: a reply quoting this Message-ID finds the ticket.
      await claimEmailMessage(tx, {
        id: newId("eml"),
        tenantId: plan.tenantId,
        messageId: plan.mail.messageId,
        direction: "out",
        mailboxId: plan.mail.mailboxId,
        ticketId: plan.ticketId,
        ticketMessageId: plan.ticketMessageId,
        fromAddress: plan.fromAddress,
        toAddress: plan.mail.to,
        subject: plan.mail.subject,
        createdAt: now,
      });
  },
  async failed(plan, error, { tx }) {
    await updateOutbound(tx, plan.tenantId, plan.outboundId, {
      status: "failed",
      reason: error.slice(0, 200),
    });
  },
});
