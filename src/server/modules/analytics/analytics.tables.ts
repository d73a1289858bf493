import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
} from "drizzle-orm/pg-core";
import { tenantId, tstz } from "../../platform/db/columns.js";
import { MEASURES, type Measure } from "./kpis/measures.js";

// One bigint column per measure (m_created, m_first_response_ms, …), so a rollup sums with plain SQL.
export const measureColumn = (m: Measure) => `m_${m.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`;
const measureColumns = () =>
  Object.fromEntries(
    MEASURES.map((m) => [m, bigint(measureColumn(m), { mode: "number" }).notNull().default(0)]),
  ) as Record<Measure, ReturnType<typeof bigintColumn>>;
const bigintColumn = () => bigint("x", { mode: "number" }).notNull().default(0);

// Analytics' own reporting tables, built from the tickets and their history. Nothing else writes them,
// and analytics writes no other module's table.

// Tickets changed since the rollups last saw them (written in the change's transaction).
export const analyticsDirtyTickets = pgTable(
  "analytics_dirty_tickets",
  { tenantId: tenantId(), ticketId: text("ticket_id").notNull() },
  (t) => [primaryKey({ columns: [t.tenantId, t.ticketId] })],
);

// What each ticket last contributed to the rollups: its dimension keys and measures, so a change
// can take the old contribution out before putting the new one in.
export const analyticsTicketFacts = pgTable(
  "analytics_ticket_facts",
  {
    tenantId: tenantId(),
    ticketId: text("ticket_id").notNull(),
    day: date("day", { mode: "string" }).notNull(),
    keys: text("keys").array().notNull(),
    measures: bigint("measures", { mode: "number" }).array().notNull(),
    refreshedAt: tstz("refreshed_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.ticketId] }),
    // Reports read the facts of a range of creation days (bench/reports.bench.ts: before and after).
    index("analytics_ticket_facts_tenant_day_idx").on(t.tenantId, t.day),
  ],
);

// Sums of the measures per tenant, dimension, key and creation day (tenant time zone).
export const analyticsRollups = pgTable(
  "analytics_rollups",
  {
    tenantId: tenantId(),
    dim: text("dim").notNull(),
    key: text("key").notNull(),
    day: date("day", { mode: "string" }).notNull(),
    ...measureColumns(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.dim, t.day, t.key] })],
);

// A tenant's own KPI targets (the catalogue's defaults otherwise).
export const analyticsKpiTargets = pgTable(
  "analytics_kpi_targets",
  {
    tenantId: tenantId(),
    kpi: text("kpi").notNull(),
    target: doublePrecision("target"),
    version: integer("version").notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.kpi] })],
);

// A tenant's cost rates for the cost-per-ticket KPI (fen); the defaults in cost-rates.ts otherwise.
export const analyticsCostRates = pgTable("analytics_cost_rates", {
  tenantId: tenantId().primaryKey(),
  perVisitCents: integer("per_visit_cents").notNull(),
  perHourCents: integer("per_hour_cents").notNull(),
  version: integer("version").notNull().default(1),
});

// Customers whose activity changed since the summary last saw them (written in the change's
// transaction, or by the migration for the first fill).
export const analyticsDirtyCustomers = pgTable(
  "analytics_dirty_customers",
  { tenantId: tenantId(), customerId: text("customer_id").notNull() },
  (t) => [primaryKey({ columns: [t.tenantId, t.customerId] })],
);

// The customer KPIs' summary: one row per customer and tenant day on which they did something
// (opened a ticket, bought a unit, bought with loyalty points) or had a referral rewarded, with
// their next active day and second purchase day precomputed, so churn, repeat purchase and referral
// rate read a range of days instead of every ticket (customer-activity.ts keeps it).
export const analyticsCustomerDays = pgTable(
  "analytics_customer_days",
  {
    tenantId: tenantId(),
    customerId: text("customer_id").notNull(),
    day: date("day", { mode: "string" }).notNull(),
    active: boolean("active").notNull(),
    purchase: boolean("purchase").notNull(),
    referral: boolean("referral").notNull(),
    // The customer's next active day after this one (active rows only).
    nextActive: date("next_active", { mode: "string" }),
    // The customer's second purchase day (purchase rows only; null with a single purchase day).
    secondPurchase: date("second_purchase", { mode: "string" }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.customerId, t.day] }),
    index("analytics_customer_days_tenant_day_idx").on(t.tenantId, t.day),
    // Referral rewards are few: the referral rate finds them without scanning the active days.
    index("analytics_customer_days_referral_idx").on(t.tenantId, t.day).where(sql`referral`),
  ],
);

// Referral and repeat purchase by whole month, pre-counted: per month, the customers active in it
// and those of them with a referral rewarded in it; the buyers in it and those of them whose second
// purchase day is on or before its last day. Kept by kpis/customer-months.ts as deltas with the
// summary rows, so a monthly series reads twelve rows instead of every customer day.
export const analyticsCustomerMonths = pgTable(
  "analytics_customer_months",
  {
    tenantId: tenantId(),
    month: date("month", { mode: "string" }).notNull(),
    active: bigint("active", { mode: "number" }).notNull().default(0),
    referring: bigint("referring", { mode: "number" }).notNull().default(0),
    buyers: bigint("buyers", { mode: "number" }).notNull().default(0),
    repeatBuyers: bigint("repeat_buyers", { mode: "number" }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.month] })],
);

// Churn's monthly base, pre-counted: each active summary row puts the customer in the base of the
// month starts after its day up to its next active day (or a year on); a row adds +1 at the first
// such month and −1 after the last (num: the same for rows with no next active day), so a month's
// base is the running sum up to it. Kept by customer-activity.ts with the summary rows.
export const analyticsChurnMonths = pgTable(
  "analytics_churn_months",
  {
    tenantId: tenantId(),
    month: date("month", { mode: "string" }).notNull(),
    den: bigint("den", { mode: "number" }).notNull().default(0),
    num: bigint("num", { mode: "number" }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.month] })],
);
