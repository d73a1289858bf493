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
    // queued: prepared, being sent (the job holds the idempotency key); failed: gave up.
    status: text("status").notNull().$type<"queued" | "sent" | "suppressed" | "failed">(),
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

// A resolution notice's confirm link: only the token's hash is kept (it is the primary key, so the
// public page finds it before the tenant is known); answered once, then it only reports the answer.
export const confirmTokens = pgTable(
  "confirm_tokens",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    ticketId: text("ticket_id").notNull(),
    customerId: text("customer_id").notNull(),
    expiresAt: tstz("expires_at").notNull(),
    answer: text("answer").$type<"confirm" | "reject">(),
    answeredAt: tstz("answered_at"),
    createdAt: createdAt(),
  },
  (t) => [index("confirm_tokens_tenant_ticket_idx").on(t.tenantId, t.ticketId)],
);

// A request from the public form, held until the sender opens the link in the verification mail
// (primary key: the hash of that link's token). Also the record the per-IP/e-mail limits count.
export const publicRequests = pgTable(
  "public_requests",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    phone: text("phone"),
    subject: text("subject").notNull(),
    description: text("description").notNull(),
    ip: text("ip").notNull(),
    locale: text("locale").notNull().$type<"zh-CN" | "en">(),
    expiresAt: tstz("expires_at").notNull(),
    verifiedAt: tstz("verified_at"),
    ticketId: text("ticket_id"),
    createdAt: createdAt(),
  },
  (t) => [
    index("public_requests_tenant_ip_idx").on(t.tenantId, t.ip, t.createdAt),
    index("public_requests_tenant_email_idx").on(t.tenantId, t.email, t.createdAt),
  ],
);

// Where IMAP polling of a mailbox stands: a UIDVALIDITY change means the server renumbered, so we
// start over (ingest's Message-ID dedupe keeps that from opening anything twice).
export const imapSyncState = pgTable(
  "imap_sync_state",
  {
    tenantId: tenantId(),
    mailboxId: text("mailbox_id").notNull(),
    uidValidity: text("uid_validity").notNull(),
    lastUid: integer("last_uid").notNull(),
    polledAt: tstz("polled_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.mailboxId] })],
);
