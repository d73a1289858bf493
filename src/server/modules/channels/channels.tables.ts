import { boolean, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, tenantId, tstz } from "../../platform/db/columns.js";

export type MailServerConfig = {
  url?: string;
  host?: string;
  port?: number;
  secure?: boolean;
  user?: string;
  pass?: string;
};

// A mailbox the tenant receives on; the inbound token is `<mailbox id>.<secret>`, only its hash is kept.
export const mailboxes = pgTable(
  "mailboxes",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    name: text("name").notNull(),
    address: text("address").notNull(),
    tokenHash: text("token_hash").notNull(),
    imap: jsonb("imap").$type<MailServerConfig>(),
    smtp: jsonb("smtp").$type<MailServerConfig>(),
    createUnknownCustomers: boolean("create_unknown_customers").notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("mailboxes_tenant_address_idx").on(t.tenantId, t.address)],
);

// Every mail seen or sent, by its Message-ID: threading, idempotency and the raw original.
export const emailMessages = pgTable(
  "email_messages",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    messageId: text("message_id").notNull(),
    direction: text("direction").notNull().$type<"in" | "out">(),
    mailboxId: text("mailbox_id"),
    ticketId: text("ticket_id"),
    ticketMessageId: text("ticket_message_id"),
    // Why an inbound mail opened nothing: auto_reply, bounce, unknown_sender.
    ignored: text("ignored"),
    fromAddress: text("from_address"),
    toAddress: text("to_address"),
    subject: text("subject").notNull(),
    rawKey: text("raw_key"),
    attachments: integer("attachments").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("email_messages_tenant_msgid_idx").on(t.tenantId, t.messageId),
    index("email_messages_tenant_ticket_idx").on(t.tenantId, t.ticketId, t.createdAt),
  ],
);

// Loop protection per address: a bounce stops all mail; an auto-reply pauses ours for an hour.
export const emailAddressStatus = pgTable(
  "email_address_status",
  {
    tenantId: tenantId(),
    address: text("address").notNull(),
    bouncedAt: tstz("bounced_at"),
    autoRepliedAt: tstz("auto_replied_at"),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.address] })],
);

// Every outgoing customer message (e-mail or SMS) with its delivery state.
export const outboundMessages = pgTable(
  "outbound_messages",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    channel: text("channel").notNull().$type<"email" | "sms">(),
    kind: text("kind").notNull(),
    ticketId: text("ticket_id"),
    recipient: text("recipient").notNull(),
    subject: text("subject"),
    body: text("body").notNull(),
    status: text("status").notNull().$type<"queued" | "sent" | "suppressed">(),
    reason: text("reason"),
    providerId: text("provider_id"),
    createdAt: createdAt(),
    sentAt: tstz("sent_at"),
  },
  (t) => [index("outbound_messages_tenant_ticket_idx").on(t.tenantId, t.ticketId, t.createdAt)],
);

export const phoneCalls = pgTable(
  "phone_calls",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    direction: text("direction").notNull().$type<"inbound" | "outbound">(),
    number: text("number").notNull(),
    durationSeconds: integer("duration_seconds").notNull(),
    summary: text("summary").notNull(),
    ticketId: text("ticket_id"),
    customerId: text("customer_id"),
    agentId: text("agent_id").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("phone_calls_tenant_customer_idx").on(t.tenantId, t.customerId, t.createdAt)],
);
