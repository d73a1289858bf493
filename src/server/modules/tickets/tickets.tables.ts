import { sql } from "drizzle-orm";
import { bigint, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import type {
  Channel,
  Priority,
  SlaState,
  TicketStatus,
  TicketType,
  Visibility,
  WarrantyStatus,
} from "../../../shared/domain.js";
import { createdAt, tenantId, tstz, updatedAt } from "../../platform/db/columns.js";

const OPEN_PREDICATE = sql`status in ('new','assigned','in_progress','pending_customer','pending_parts','pending_third_party')`;

// The ticket columns, as a function so the read-only view (tickets.read-model.ts) gets its own
// builders for the same columns.
export const ticketColumnsConfig = () => ({
  id: text("id").primaryKey(),
  tenantId: tenantId(),
  number: text("number").notNull(),
  subject: text("subject").notNull(),
  description: text("description").notNull(),
  type: text("type").notNull().$type<TicketType>(),
  priority: text("priority").notNull().$type<Priority>(),
  status: text("status").notNull().$type<TicketStatus>(),
  channel: text("channel").notNull().$type<Channel>(),
  customerId: text("customer_id").notNull(),
  unitId: text("unit_id"),
  unitSerial: text("unit_serial"),
  warrantyStatus: text("warranty_status").$type<WarrantyStatus>(),
  assigneeId: text("assignee_id"),
  teamId: text("team_id"),
  outletId: text("outlet_id"),
  // The service-network node that handles the ticket ("/hq/region/outlet/", set by the field
  // module); null until one is named: then only staff attached to no node (headquarters) see it.
  nodePath: text("node_path"),
  reporterId: text("reporter_id"),
  escalationLevel: integer("escalation_level").notNull().default(0),
  tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  firstRespondedAt: tstz("first_responded_at"),
  resolvedAt: tstz("resolved_at"),
  closedAt: tstz("closed_at"),
  // Bumped on every change; timers compare it so a stale auto-close never fires.
  version: integer("version").notNull().default(1),
  // Written by the SLA module (setTicketSla): the soonest running target's due time and a summary.
  slaDueAt: tstz("sla_due_at"),
  slaState: text("sla_state").$type<SlaState>(),
  // What search looks up: the tokens of subject and description (CJK characters and character
  // pairs, trigrams of Latin words). PostgreSQL computes them itself (text_search_tokens() in
  // migration 0011, mirrored by ticket-search.ts), so every write path keeps them right.
  searchTokens: text("search_tokens")
    .array()
    .notNull()
    .generatedAlwaysAs(sql`text_search_tokens("subject" || ' ' || "description")`),
});

export const tickets = pgTable("tickets", ticketColumnsConfig(), (t) => [
  uniqueIndex("tickets_tenant_number_idx").on(t.tenantId, t.number),
  // NULLS FIRST, as `order by created_at desc` means: the list (and search) can then walk it
  // newest first and stop after a page instead of sorting every match.
  index("tickets_tenant_created_idx").on(
    t.tenantId,
    t.createdAt.desc().nullsFirst(),
    t.id.desc().nullsFirst(),
  ),
  index("tickets_tenant_status_created_idx").on(t.tenantId, t.status, t.createdAt.desc(), t.id.desc()),
  index("tickets_tenant_customer_idx").on(t.tenantId, t.customerId, t.createdAt.desc()),
  index("tickets_tenant_assignee_idx").on(t.tenantId, t.assigneeId, t.status),
  index("tickets_tenant_outlet_idx").on(t.tenantId, t.outletId, t.createdAt.desc()),
  index("tickets_tenant_node_idx").on(t.tenantId, t.nodePath),
  index("tickets_tenant_sla_due_idx").on(t.tenantId, t.slaDueAt),
  // A unit's tickets by creation: analytics' repeat-repair rate looks back 90 days from each repair.
  index("tickets_tenant_unit_created_idx")
    .on(t.tenantId, t.unitId, t.createdAt)
    .where(sql`unit_id is not null`),
  // The working queue reads only open tickets: these stay small and ordered however many closed
  // tickets pile up, so the queue page costs the same at 10 k and 1 M tickets.
  index("tickets_open_created_idx")
    .on(t.tenantId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst())
    .where(OPEN_PREDICATE),
  index("tickets_open_priority_idx")
    .on(t.tenantId, t.priority, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst())
    .where(OPEN_PREDICATE),
  index("tickets_open_assignee_idx")
    .on(t.tenantId, t.assigneeId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst())
    .where(OPEN_PREDICATE),
  // The routing queue in service order: a drain reads it batch by batch from a cursor.
  index("tickets_tenant_queue_idx")
    .on(t.tenantId, t.priority, t.createdAt, t.id)
    .where(sql`${t.status} = 'new' and ${t.assigneeId} is null`),
  // Search: `search_tokens @> query tokens`. Not tenant-first (GIN has no btree columns without
  // btree_gin, which PGlite lacks); the tenant condition is checked on the few rows it finds.
  index("tickets_search_tokens_idx").using("gin", t.searchTokens),
]);

// Service order numbers per tenant and year: SO-2026-000123.
export const ticketCounters = pgTable(
  "ticket_counters",
  {
    tenantId: tenantId(),
    year: integer("year").notNull(),
    last: bigint("last", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.year] })],
);

export const ticketMessages = pgTable(
  "ticket_messages",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    ticketId: text("ticket_id").notNull(),
    body: text("body").notNull(),
    bodyHtml: text("body_html"),
    visibility: text("visibility").notNull().$type<Visibility>(),
    channel: text("channel").notNull().$type<Channel>(),
    authorId: text("author_id"),
    fromAddress: text("from_address"),
    createdAt: createdAt(),
  },
  (t) => [index("ticket_messages_ticket_idx").on(t.tenantId, t.ticketId, t.createdAt)],
);

// Append-only history of everything that happened to a ticket.
export const ticketEvents = pgTable(
  "ticket_events",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    ticketId: text("ticket_id").notNull(),
    type: text("type").notNull(),
    actorId: text("actor_id"),
    data: jsonb("data").notNull().$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [index("ticket_events_ticket_idx").on(t.tenantId, t.ticketId, t.id)],
);

export const attachments = pgTable(
  "attachments",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    ticketId: text("ticket_id"),
    messageId: text("message_id"),
    uploaderId: text("uploader_id"),
    name: text("name").notNull(),
    size: integer("size").notNull(),
    contentType: text("content_type").notNull(),
    sha256: text("sha256").notNull(),
    storageKey: text("storage_key").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("attachments_ticket_idx").on(t.tenantId, t.ticketId),
    index("attachments_message_idx").on(t.tenantId, t.messageId),
  ],
);

// The customer's own rating of a closed request (1–5 and a comment), given once in the portal.
export const ticketRatings = pgTable(
  "ticket_ratings",
  {
    tenantId: tenantId(),
    ticketId: text("ticket_id").notNull(),
    customerId: text("customer_id").notNull(),
    score: integer("score").notNull(),
    comment: text("comment"),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.ticketId] })],
);
