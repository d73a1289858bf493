import { integer, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, tenantId } from "../../platform/db/columns.js";

export const tenants = pgTable("tenants", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  slug: text("slug").notNull().unique(),
  timezone: text("timezone").notNull().default("Asia/Shanghai"),
  defaultLocale: text("default_locale").notNull().default("zh-CN").$type<"zh-CN" | "en">(),
  autoCloseDays: integer("auto_close_days").notNull().default(7),
  // How many hours before a booked visit's window a customer may still move or cancel it in the portal.
  visitNoticeHours: integer("visit_notice_hours").notNull().default(24),
  createdAt: createdAt(),
});

// Dealers and stores (经销商/专卖店) that report on behalf of end customers.
export const outlets = pgTable("outlets", {
  id: text("id").primaryKey(),
  tenantId: tenantId(),
  name: text("name").notNull(),
  region: text("region"),
  createdAt: createdAt(),
});
