import { boolean, index, jsonb, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import type { MacroActions, ViewFilters } from "../../../shared/api/workspace.js";
import { createdAt, tenantId, tstz, updatedAt } from "../../platform/db/columns.js";

export type { ViewFilters };

// ownerId null = shared with the whole tenant.
export const macros = pgTable(
  "macros",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    name: text("name").notNull(),
    ownerId: text("owner_id"),
    bodies: jsonb("bodies").notNull().$type<{ "zh-CN"?: string; en?: string }>(),
    // Fields the macro sets besides its text, applied by the agent's client through the ticket's
    // own endpoints when the reply is sent (so each change has its history and audit entry).
    actions: jsonb("actions").notNull().default({}).$type<MacroActions>(),
    createdBy: text("created_by").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("macros_tenant_owner_idx").on(t.tenantId, t.ownerId)],
);

export const savedViews = pgTable(
  "saved_views",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    ownerId: text("owner_id").notNull(),
    name: text("name").notNull(),
    filters: jsonb("filters").notNull().$type<ViewFilters>(),
    shared: boolean("shared").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("saved_views_tenant_owner_idx").on(t.tenantId, t.ownerId)],
);

export const notifications = pgTable(
  "notifications",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    userId: text("user_id").notNull(),
    kind: text("kind").notNull(),
    ticketId: text("ticket_id"),
    data: jsonb("data").notNull().$type<Record<string, unknown>>(),
    createdAt: createdAt(),
    readAt: tstz("read_at"),
  },
  (t) => [index("notifications_user_idx").on(t.tenantId, t.userId, t.createdAt.desc())],
);

// Collision notice: who has a ticket open (and is typing), kept in the database so every
// instance sees the same; rows past expires_at are ignored and pruned.
export const ticketViewers = pgTable(
  "ticket_viewers",
  {
    tenantId: tenantId(),
    ticketId: text("ticket_id").notNull(),
    userId: text("user_id").notNull(),
    typing: boolean("typing").notNull().default(false),
    expiresAt: tstz("expires_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.ticketId, t.userId] })],
);

// A macro applied under an Idempotency-Key: a retry with the same key answers from here instead
// of applying the macro twice. Written in the same transaction as the changes it records.
export const macroApplications = pgTable(
  "macro_applications",
  {
    tenantId: tenantId(),
    userId: text("user_id").notNull(),
    key: text("key").notNull(),
    macroId: text("macro_id").notNull(),
    ticketId: text("ticket_id").notNull(),
    result: jsonb("result")
      .notNull()
      .$type<{ messageId: string | null; statusRefused: boolean; body: string; locale: "zh-CN" | "en" }>(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.userId, t.key] })],
);
