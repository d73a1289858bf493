import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import type { Priority } from "../../../shared/domain.js";
import { createdAt, tenantId, tstz, updatedAt } from "../../platform/db/columns.js";
import type { RoutingSettings } from "./assignment.js";
import type { TriggerAction, TriggerCondition } from "./triggers/engine.js";

export type PresenceStatus = "online" | "away" | "offline";

// One row per tenant; absent means the defaults of assignment.ts.
export const routingSettings = pgTable("routing_settings", {
  tenantId: text("tenant_id").primaryKey(),
  settings: jsonb("settings").notNull().$type<RoutingSettings>(),
  updatedAt: updatedAt(),
});

export const teams = pgTable(
  "teams",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    name: text("name").notNull(),
    skills: text("skills").array().notNull().default(sql`'{}'::text[]`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("teams_tenant_name_idx").on(t.tenantId, t.name)],
);

// The tenant's managed list of skills: the codes users, teams and products hold, with a name in
// each language. Codes already in use before the list existed keep working (GET lists them too).
export const skills = pgTable(
  "skills",
  {
    tenantId: tenantId(),
    code: text("code").notNull(),
    nameZh: text("name_zh").notNull(),
    nameEn: text("name_en").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.code] })],
);

export const teamMembers = pgTable(
  "team_members",
  {
    tenantId: tenantId(),
    teamId: text("team_id").notNull(),
    userId: text("user_id").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.teamId, t.userId] }),
    index("team_members_user_idx").on(t.tenantId, t.userId),
  ],
);

// Absent row = offline. last_seen_at is refreshed by heartbeats; the sweep job expires it.
export const agentPresence = pgTable(
  "agent_presence",
  {
    tenantId: tenantId(),
    userId: text("user_id").notNull(),
    status: text("status").notNull().$type<PresenceStatus>(),
    lastSeenAt: tstz("last_seen_at").notNull(),
    changedAt: tstz("changed_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.userId] }),
    index("agent_presence_status_idx").on(t.tenantId, t.status, t.lastSeenAt),
  ],
);

export const triggers = pgTable(
  "triggers",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    name: text("name").notNull(),
    event: text("event").notNull().$type<"created" | "updated">(),
    position: integer("position").notNull(),
    active: boolean("active").notNull().default(true),
    match: text("match").notNull().$type<"all" | "any">(),
    conditions: jsonb("conditions").notNull().$type<TriggerCondition[]>(),
    actions: jsonb("actions").notNull().$type<TriggerAction[]>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("triggers_tenant_position_idx").on(t.tenantId, t.event, t.position)],
);

// Statuses a macro may move a ticket to (the lifecycle decides, per ticket, whether it can).
export const MACRO_STATUSES = [
  "in_progress",
  "pending_customer",
  "pending_parts",
  "pending_third_party",
  "resolved",
] as const;
type MacroStatus = (typeof MACRO_STATUSES)[number];

export type MacroActions = {
  status?: MacroStatus;
  priority?: Priority;
  addTags?: string[];
  teamId?: string | null;
  // A user id, or "me": whoever applies the macro.
  assigneeId?: string | null;
};

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

export type ViewFilters = {
  status?: string[];
  priority?: string[];
  type?: string[];
  assigneeId?: string;
  q?: string;
  sort?: string;
};

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
