import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import type { LoyaltySettings } from "../../../shared/api/loyalty.js";
import { createdAt, tenantId, tstz, updatedAt } from "../../platform/db/columns.js";

// One row per customer who took part in loyalty: their referral code, who referred them, the care
// profile. It is also the row every change of the customer's points locks (SELECT … FOR UPDATE),
// so concurrent earns and redemptions of one customer take turns and the balance cannot go below 0.
export const loyaltyMembers = pgTable(
  "loyalty_members",
  {
    tenantId: tenantId(),
    customerId: text("customer_id").notNull(),
    referralCode: text("referral_code").notNull(),
    // Set once: nobody is referred twice.
    referredBy: text("referred_by"),
    referralRewardedAt: tstz("referral_rewarded_at"),
    birthday: text("birthday"), // MM-DD
    careOptOut: boolean("care_opt_out").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.customerId] }),
    uniqueIndex("loyalty_members_tenant_code_idx").on(t.tenantId, t.referralCode),
  ],
);

// The points ledger: append-only. A balance is always the sum of a customer's entries (earns
// positive, redemptions and expiries negative), never a stored number that could drift. An entry
// caused by another module's event carries that event's key: the unique index makes earning
// idempotent however often the event is heard.
export const loyaltyEntries = pgTable(
  "loyalty_entries",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    customerId: text("customer_id").notNull(),
    reason: text("reason").notNull(),
    points: integer("points").notNull(),
    // Earned points only: the day they lapse (null: never).
    expiresAt: date("expires_at", { mode: "string" }),
    // Purchases: the amount in yuan, for lifetime value.
    amount: text("amount"),
    note: text("note"),
    sourceKey: text("source_key"),
    createdBy: text("created_by"),
    createdAt: createdAt(),
  },
  (t) => [
    index("loyalty_entries_tenant_customer_idx").on(t.tenantId, t.customerId, t.createdAt),
    uniqueIndex("loyalty_entries_tenant_source_idx")
      .on(t.tenantId, t.sourceKey)
      .where(sql`source_key is not null`),
  ],
);

// A service voucher bought with points: a code staff take on a paid repair, once.
export const loyaltyVouchers = pgTable(
  "loyalty_vouchers",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    customerId: text("customer_id").notNull(),
    code: text("code").notNull(),
    value: integer("value").notNull(),
    entryId: text("entry_id").notNull(),
    usedAt: tstz("used_at"),
    usedOn: text("used_on"),
    usedBy: text("used_by"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("loyalty_vouchers_tenant_code_idx").on(t.tenantId, t.code),
    index("loyalty_vouchers_tenant_customer_idx").on(t.tenantId, t.customerId),
  ],
);

// The tenant's earn rules, what points buy, expiry and care actions. No row = the defaults.
export const loyaltySettings = pgTable("loyalty_settings", {
  tenantId: tenantId().primaryKey(),
  settings: jsonb("settings").notNull().$type<LoyaltySettings>(),
  updatedBy: text("updated_by"),
  updatedAt: updatedAt(),
});

// A care action sent (or decided): once per customer, action and year, whatever reruns the
// schedule makes.
export const loyaltyCareSends = pgTable(
  "loyalty_care_sends",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    customerId: text("customer_id").notNull(),
    action: text("action").notNull(),
    year: integer("year").notNull(),
    channel: text("channel").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("loyalty_care_sends_once_idx").on(t.tenantId, t.customerId, t.action, t.year)],
);
