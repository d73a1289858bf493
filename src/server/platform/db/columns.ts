import { text, timestamp } from "drizzle-orm/pg-core";

// Shared column builders so every business table spells tenant and time the same way.
export const tenantId = () => text("tenant_id").notNull();
export const createdAt = () =>
  timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();
export const updatedAt = () =>
  timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();
export const tstz = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
