import { sql } from "drizzle-orm";
import { boolean, date, index, integer, numeric, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, tenantId } from "../../platform/db/columns.js";

export const products = pgTable(
  "products",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    sku: text("sku").notNull(),
    name: text("name").notNull(),
    // The English name, for readers of the English UI; null falls back to \`name\`.
    nameEn: text("name_en"),
    category: text("category"),
    warrantyMonths: integer("warranty_months").notNull(),
    skills: text("skills").array().notNull().default(sql`'{}'::text[]`),
    // 三包: which legal rule family and catalogue entry the warranty module evaluates the product by
    // (null: the rule and category are not set, and only the plain months above apply).
    sanbaoRule: text("sanbao_rule"),
    sanbaoCategory: text("sanbao_category"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("products_tenant_sku_idx").on(t.tenantId, t.sku)],
);

// A customer's physical product, identified by serial number.
export const units = pgTable(
  "units",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    serial: text("serial").notNull(),
    productId: text("product_id").notNull(),
    customerId: text("customer_id").notNull(),
    purchasedAt: date("purchased_at", { mode: "string" }).notNull(),
    warrantyEndsAt: date("warranty_ends_at", { mode: "string" }).notNull(),
    // 三包 facts (all optional: the purchase date stands in for the invoice date when unset).
    invoiceDate: date("invoice_date", { mode: "string" }),
    // Delivery, or installation and commissioning for goods that need it (flat-panel TVs, cars).
    deliveryDate: date("delivery_date", { mode: "string" }),
    saleChannel: text("sale_channel"),
    hasInvoice: boolean("has_invoice"),
    hasVoucher: boolean("has_voucher"),
    invoicePrice: numeric("invoice_price", { precision: 12, scale: 2 }),
    // A replacement unit from an exchange: its period restarts on this day (部分商品三包规定 第十四条).
    exchangedOn: date("exchanged_on", { mode: "string" }),
    exchangedFromSerial: text("exchanged_from_serial"),
    createdAt: createdAt(),
    // Tokens of the serial, so a part of it (RV2025001081 → "001081") is found from an index.
    searchTokens: text("search_tokens")
      .array()
      .notNull()
      .generatedAlwaysAs(sql`text_search_tokens("serial")`),
  },
  (t) => [
    uniqueIndex("units_tenant_serial_idx").on(t.tenantId, t.serial),
    index("units_search_tokens_idx").using("gin", t.searchTokens),
    index("units_tenant_customer_idx").on(t.tenantId, t.customerId),
  ],
);

// A product update (firmware, model revision) for one model or a whole product line (category):
// surveys with the "product_update" trigger ask the owners of those units about it.
export const productUpdates = pgTable(
  "product_updates",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    productId: text("product_id"),
    productLine: text("product_line"),
    version: text("version").notNull(),
    title: text("title").notNull(),
    titleEn: text("title_en"),
    releasedOn: date("released_on", { mode: "string" }).notNull(),
    createdBy: text("created_by"),
    createdAt: createdAt(),
  },
  (t) => [index("product_updates_tenant_released_idx").on(t.tenantId, t.releasedOn)],
);
