import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import type { ApiKeyScope } from "../../../shared/api/api-keys.js";
import type { Role } from "../../../shared/roles.js";
import { createdAt, tenantId, tstz, updatedAt } from "../../platform/db/columns.js";

export const users = pgTable(
  "users",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role").notNull().$type<Role>(),
    passwordHash: text("password_hash").notNull(),
    customerId: text("customer_id"),
    outletId: text("outlet_id"),
    // The path of the service-network node the user works for (written by the field module when
    // it attaches them): staff with one see that part of the network's tickets only.
    nodePath: text("node_path"),
    locale: text("locale").$type<"zh-CN" | "en">(),
    timezone: text("timezone"),
    skills: text("skills").array().notNull().default(sql`'{}'::text[]`),
    maxOpenTickets: integer("max_open_tickets").notNull().default(20),
    active: boolean("active").notNull().default(true),
    lastAssignedAt: tstz("last_assigned_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // Login is by e-mail alone, so an address names one account across all tenants.
    uniqueIndex("users_email_idx").on(sql`lower(${t.email})`),
    index("users_tenant_role_idx").on(t.tenantId, t.role),
  ],
);

// Sessions and API keys: only the SHA-256 of the bearer token is stored.
export const credentials = pgTable(
  "credentials",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    userId: text("user_id").notNull(),
    kind: text("kind").notNull().$type<"session" | "api_key">(),
    name: text("name"),
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    expiresAt: tstz("expires_at"),
    revokedAt: tstz("revoked_at"),
    lastUsedAt: tstz("last_used_at"),
    // API keys only: "read" keys may call GET routes and nothing else.
    scope: text("scope").notNull().default("full").$type<ApiKeyScope>(),
  },
  (t) => [
    uniqueIndex("credentials_token_idx").on(t.tokenHash),
    index("credentials_tenant_user_idx").on(t.tenantId, t.userId),
  ],
);

// Failed sign-ins, for lockout per account and throttling per address (kept for a day).
export const loginFailures = pgTable(
  "login_failures",
  {
    id: text("id").primaryKey(),
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    at: tstz("at").notNull(),
  },
  (t) => [index("login_failures_email_idx").on(t.email, t.at), index("login_failures_ip_idx").on(t.ip, t.at)],
);
