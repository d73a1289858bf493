import { sql } from "drizzle-orm";
import { index, integer, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, tenantId, updatedAt } from "../../platform/db/columns.js";

// The parts catalogue. Price in fen (integer cents) so sums never round.
export const parts = pgTable(
  "parts",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    partNo: text("part_no").notNull(),
    name: text("name").notNull(),
    nameEn: text("name_en"),
    priceCents: integer("price_cents"),
    unit: text("unit").notNull().default("pcs"),
    compatibleSkus: text("compatible_skus").array().notNull().default(sql`'{}'::text[]`),
    // Part numbers that may be fitted instead of this one (substitutes and supersessions).
    substitutes: text("substitutes").array().notNull().default(sql`'{}'::text[]`),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("parts_tenant_part_no_idx").on(t.tenantId, t.partNo)],
);

// Where stock is kept: a warehouse, an outlet store or a technician's van (owner = the technician).
export const stockSites = pgTable(
  "stock_sites",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    ownerId: text("owner_id"),
    // The parts manager: when set, the site's low-stock e-mail goes to them alone.
    responsibleId: text("responsible_id"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("stock_sites_tenant_code_idx").on(t.tenantId, t.code)],
);

// The append-only stock ledger: one row per movement, never updated or deleted. Each row carries
// the signed change it makes to the site's on-hand, reserved and defective counts, so the balance
// of any (site, part) is the sum of its rows.
export const stockMovements = pgTable(
  "stock_movements",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    partId: text("part_id").notNull(),
    siteId: text("site_id").notNull(),
    kind: text("kind").notNull(),
    qty: integer("qty").notNull(),
    onHandDelta: integer("on_hand_delta").notNull(),
    reservedDelta: integer("reserved_delta").notNull(),
    defectiveDelta: integer("defective_delta").notNull(),
    reservationId: text("reservation_id"),
    ticketId: text("ticket_id"),
    actorId: text("actor_id"),
    note: text("note"),
    createdAt: createdAt(),
  },
  (t) => [
    index("stock_movements_tenant_part_idx").on(t.tenantId, t.partId, t.createdAt),
    index("stock_movements_tenant_site_idx").on(t.tenantId, t.siteId, t.createdAt),
    // When a back-order was filled (its reservation movement): the 三包 wait and the analytics read it.
    index("stock_movements_tenant_reservation_idx")
      .on(t.tenantId, t.reservationId)
      .where(sql`reservation_id is not null`),
  ],
);

// The running sum of the ledger per (site, part), written in the same transaction as each
// movement. Its row is also the lock that serialises movements of one part at one site.
export const stockBalances = pgTable(
  "stock_balances",
  {
    tenantId: tenantId(),
    siteId: text("site_id").notNull(),
    partId: text("part_id").notNull(),
    onHand: integer("on_hand").notNull().default(0),
    reserved: integer("reserved").notNull().default(0),
    defective: integer("defective").notNull().default(0),
    reorderPoint: integer("reorder_point"),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.siteId, t.partId] }),
    index("stock_balances_tenant_part_idx").on(t.tenantId, t.partId),
  ],
);

// A part held for a ticket, RMA or visit. `waiting` = back-ordered (nothing was free when asked;
// filled first come first served when stock arrives), `active` = held, then `released` or
// `consumed`.
export const stockReservations = pgTable(
  "stock_reservations",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    partId: text("part_id").notNull(),
    siteId: text("site_id").notNull(),
    qty: integer("qty").notNull(),
    status: text("status").notNull(),
    ticketId: text("ticket_id"),
    rmaId: text("rma_id"),
    visitId: text("visit_id"),
    createdBy: text("created_by"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("stock_reservations_tenant_ticket_idx").on(t.tenantId, t.ticketId),
    index("stock_reservations_tenant_waiting_idx")
      .on(t.tenantId, t.siteId, t.partId, t.createdAt)
      .where(sql`status = 'waiting'`),
  ],
);

// Something on its way with a carrier: a stock transfer's goods, or an RMA's unit coming back from
// the customer (rma_return) or going out to them (rma_outbound), told apart by purpose.
export const shipments = pgTable(
  "shipments",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    purpose: text("purpose").notNull(),
    carrier: text("carrier").notNull(),
    trackingNo: text("tracking_no").notNull(),
    status: text("status").notNull(),
    rmaId: text("rma_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("shipments_tenant_tracking_idx").on(t.tenantId, t.trackingNo),
    index("shipments_tenant_rma_idx").on(t.tenantId, t.rmaId).where(sql`rma_id is not null`),
  ],
);

// Stock moving between two sites: out of the source when sent (transfer_out), into the
// destination when received there (transfer_in).
export const stockTransfers = pgTable(
  "stock_transfers",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    partId: text("part_id").notNull(),
    fromSiteId: text("from_site_id").notNull(),
    toSiteId: text("to_site_id").notNull(),
    qty: integer("qty").notNull(),
    status: text("status").notNull(),
    shipmentId: text("shipment_id").notNull(),
    createdBy: text("created_by"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("stock_transfers_tenant_created_idx").on(t.tenantId, t.createdAt)],
);

// 旧件返还: when an in-warranty repair uses a part, the defective original is owed back to the
// warehouse (the maker credits it). `owed` → `received` (booked in as defective stock) or `scrapped`.
export const oldPartReturns = pgTable(
  "old_part_returns",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    partId: text("part_id").notNull(),
    siteId: text("site_id").notNull(),
    reservationId: text("reservation_id").notNull(),
    ticketId: text("ticket_id"),
    qty: integer("qty").notNull(),
    status: text("status").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("old_part_returns_tenant_status_idx").on(t.tenantId, t.status, t.createdAt),
    index("old_part_returns_tenant_ticket_idx").on(t.tenantId, t.ticketId),
  ],
);
