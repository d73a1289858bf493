import nodemailer, { type SendMailOptions } from "nodemailer";
import { z } from "zod";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import { defineJob, enqueue } from "../../../platform/jobs/queue.js";
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
} from "../channels.repository.js";
import type { MailServerConfig } from "../channels.tables.js";
import { type NoticeKind, renderNotice, renderSms } from "../mail/templates.js";
import { messageSenderFromEnv } from "../message-sender.js";
import { issueConfirmLinks } from "./confirm-links.js";

const AUTO_REPLY_PAUSE_MS = 60 * 60 * 1000;

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

export function smtpUrlOf(config: MailServerConfig | null | undefined): string | null {
  if (config?.url) return config.url;
  if (config?.host) {
    const auth = config.user
      ? `${encodeURIComponent(config.user)}:${encodeURIComponent(config.pass ?? "")}@`
      : "";
    return `${config.secure ? "smtps" : "smtp"}://${auth}${config.host}:${config.port ?? 587}`;
  }
  return process.env.AFTERCARE_SMTP_URL ?? null;
}

async function senderMailbox(tx: Db, tenantId: string, ticketId: string): Promise<MailboxRow | undefined> {
  const seen = (await ticketMailIds(tx, tenantId, ticketId)).find((m) => m.mailboxId);
  if (seen?.mailboxId) {
    const mailbox = await findMailbox(tx, tenantId, seen.mailboxId);
    if (mailbox) return mailbox;
  }
  return (await listMailboxes(tx, tenantId))[0];
}

export const notifyCustomerJob = defineJob({
  kind: "channels.notify_customer",
  payload: z.object({
    tenantId: z.string(),
    ticketId: z.string(),
    kind: z.enum(["created", "reply", "resolved", "closed"]),
    messageId: z.string().nullable(),
  }),
  // Runs in the job's transaction: a failed send throws and the runner retries with back-off.
  async handle(p, { tx, s, now }) {
    const ticket = await findTicket(tx, p.tenantId, p.ticketId);
    if (!ticket) return;
    const customer = await findCustomer(tx, p.tenantId, ticket.customerId);
    const message = p.messageId ? await findTicketMessage(tx, p.tenantId, p.messageId) : undefined;
    if (p.kind === "reply" && !message) return;
    const sms = customer?.preferredChannel === "sms" && Boolean(customer.phone);
    const record = (
      status: "sent" | "suppressed",
      reason: string | null,
      extra: { subject?: string; body?: string; providerId?: string | null } = {},
    ) =>
      insertOutbound(tx, {
        id: newId("out"),
        tenantId: p.tenantId,
        channel: sms ? "sms" : "email",
        kind: p.kind,
        ticketId: ticket.id,
        recipient: (sms ? customer?.phone : customer?.email) ?? "",
        subject: extra.subject ?? null,
        body: extra.body ?? "",
        status,
        reason,
        providerId: extra.providerId ?? null,
        createdAt: now,
        sentAt: status === "sent" ? now : null,
      });
    if (!customer) return record("suppressed", "no_customer");
    // The customer's own language, else the tenant's.
    const locale = customer.locale ?? (await tenantLocale(tx, p.tenantId));
    const vars: Record<string, string> = {
      name: customer.name,
      number: ticket.number,
      subject: ticket.subject,
      body: message?.body ?? "",
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
      const sent = await messageSenderFromEnv(s.logger).send({
        to: customer.phone,
        body,
        ticketNumber: ticket.number,
      });
      return record("sent", null, { body, providerId: sent.providerId });
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
    const outId = newId("out");
    const messageId = `${outId}@${domain}`;
    await sendMail(s, url, {
      from: { name: mailbox.name, address: mailbox.address },
      to: customer.email,
      subject,
      text,
      messageId: `<${messageId}>`,
      inReplyTo: lastIn ? `<${lastIn.messageId}>` : undefined,
      references: thread.slice(-20).map((m) => `<${m.messageId}>`),
      headers: automatic ? { "Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All" } : {},
    });
    await claimEmailMessage(tx, {
      id: newId("eml"),
      tenantId: p.tenantId,
      messageId,
      direction: "out",
      mailboxId: mailbox.id,
      ticketId: ticket.id,
      ticketMessageId: message?.id ?? null,
      fromAddress: mailbox.address,
      toAddress: customer.email,
      subject,
      createdAt: now,
    });
    await record("sent", null, { subject, body: text });
  },
});

export async function sendMail(s: Services, url: string, mail: SendMailOptions): Promise<void> {
  const transport = nodemailer.createTransport(url);
  try {
    await transport.sendMail(mail);
    s.logger.info({ to: mail.to, subject: mail.subject }, "mail sent");
  } finally {
    transport.close();
  }
}
