import { and, asc, desc, eq, ilike, inArray, lt, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../platform/db/client.js";
import { users } from "../auth/index.js";
import { ticketsView } from "../tickets/index.js";
import type { Delta } from "./ledger.js";
import {
  oldPartReturns,
  parts,
  shipments,
  stockBalances,
  stockMovements,
  stockReservations,
  stockSites,
  stockTransfers,
} from "./parts.tables.js";

export type PartRow = typeof parts.$inferSelect;
export type SiteRow = typeof stockSites.$inferSelect;
export type BalanceRow = typeof stockBalances.$inferSelect;
export type MovementRow = typeof stockMovements.$inferSelect;
export type ReservationRow = typeof stockReservations.$inferSelect;

const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function insertPart(db: Db, row: typeof parts.$inferInsert): Promise<PartRow> {
  const [created] = await db.insert(parts).values(row).returning();
  if (!created) throw new Error("insert parts returned nothing");
  return created;
}

export async function updatePart(
  db: Db,
  tenantId: string,
  id: string,
  patch: Partial<typeof parts.$inferInsert>,
): Promise<void> {
  await db
    .update(parts)
    .set(patch)
    .where(and(eq(parts.tenantId, tenantId), eq(parts.id, id)));
}

export async function findPart(db: Db, tenantId: string, ref: string): Promise<PartRow | undefined> {
  const [row] = await db
    .select()
    .from(parts)
    .where(and(eq(parts.tenantId, tenantId), or(eq(parts.partNo, ref), eq(parts.id, ref))));
  return row;
}

export async function listParts(
  db: Db,
  tenantId: string,
  q: string | undefined,
  limit: number,
  after?: string,
) {
  return db
    .select()
    .from(parts)
    .where(
      and(
        eq(parts.tenantId, tenantId),
        q
          ? or(ilike(parts.partNo, like(q)), ilike(parts.name, like(q)), ilike(parts.nameEn, like(q)))
          : undefined,
        after ? sql`${parts.partNo} > ${after}` : undefined,
      ),
    )
    .orderBy(asc(parts.partNo))
    .limit(limit);
}

export async function insertSite(db: Db, row: typeof stockSites.$inferInsert): Promise<SiteRow> {
  const [created] = await db.insert(stockSites).values(row).returning();
  if (!created) throw new Error("insert stock_sites returned nothing");
  return created;
}

export async function setSiteResponsible(db: Db, tenantId: string, id: string, responsibleId: string | null) {
  const [row] = await db
    .update(stockSites)
    .set({ responsibleId })
    .where(and(eq(stockSites.tenantId, tenantId), eq(stockSites.id, id)))
    .returning();
  if (!row) throw new Error("stock site vanished");
  return row;
}

export async function findSite(db: Db, tenantId: string, ref: string): Promise<SiteRow | undefined> {
  const [row] = await db
    .select()
    .from(stockSites)
    .where(and(eq(stockSites.tenantId, tenantId), or(eq(stockSites.code, ref), eq(stockSites.id, ref))));
  return row;
}

export async function listSites(db: Db, tenantId: string) {
  return db.select().from(stockSites).where(eq(stockSites.tenantId, tenantId)).orderBy(asc(stockSites.code));
}

// Moves one (site, part) balance by `d` in a single statement, only if the result stays valid
// (nothing negative, never more reserved than on hand). Returns the new balance, or undefined
// when the move would break that rule.
//
// Why a guarded UPDATE on a per-(site, part) row rather than an advisory lock: the UPDATE takes
// the row lock itself, so two movements of the same part at the same site run one after the
// other, and under READ COMMITTED the second re-reads the committed row and re-checks the guard
// before it writes — the last unit can only be taken once. Different parts or sites never wait
// for each other. The lock lives exactly as long as the transaction that also writes the ledger
// row, needs no key hashing (advisory keys are one bigint per database, shared by every tenant),
// and behaves the same on PGlite's single connection and on PostgreSQL.
export async function moveBalance(
  db: Db,
  key: { tenantId: string; siteId: string; partId: string },
  d: Delta,
  at: Date,
): Promise<BalanceRow | undefined> {
  const onHand = sql`${stockBalances.onHand} + ${d.onHandDelta}`;
  const reserved = sql`${stockBalances.reserved} + ${d.reservedDelta}`;
  const defective = sql`${stockBalances.defective} + ${d.defectiveDelta}`;
  const update = () =>
    db
      .update(stockBalances)
      .set({ onHand, reserved, defective, updatedAt: at })
      .where(
        and(
          balanceKey(key),
          sql`${onHand} >= 0 and ${reserved} >= 0 and ${defective} >= 0 and ${reserved} <= ${onHand}`,
        ),
      )
      .returning();
  const [row] = await update();
  if (row) return row;
  // No row yet (first movement of this part here) or the guard refused: make sure the row exists
  // (a concurrent first movement may be creating it; the insert then waits for that one) and ask
  // once more. A refusal stays a refusal.
  await db
    .insert(stockBalances)
    .values({ ...key, updatedAt: at })
    .onConflictDoNothing();
  const [retried] = await update();
  return retried;
}

const balanceKey = (key: { tenantId: string; siteId: string; partId: string }) =>
  and(
    eq(stockBalances.tenantId, key.tenantId),
    eq(stockBalances.siteId, key.siteId),
    eq(stockBalances.partId, key.partId),
  );

export async function findBalance(db: Db, key: { tenantId: string; siteId: string; partId: string }) {
  const [row] = await db.select().from(stockBalances).where(balanceKey(key));
  return row;
}

export async function setReorderPoint(
  db: Db,
  key: { tenantId: string; siteId: string; partId: string },
  reorderPoint: number | null,
) {
  await db.insert(stockBalances).values(key).onConflictDoNothing();
  const [row] = await db.update(stockBalances).set({ reorderPoint }).where(balanceKey(key)).returning();
  return row;
}

export async function insertMovement(db: Db, row: typeof stockMovements.$inferInsert): Promise<MovementRow> {
  const [created] = await db.insert(stockMovements).values(row).returning();
  if (!created) throw new Error("insert stock_movements returned nothing");
  return created;
}

export type StockFilter = { partId?: string; siteId?: string; q?: string; lowOnly?: boolean };

// Stock lines (a part at a site) with their part and site, ordered by part number then site code.
export async function listStock(
  db: Db,
  tenantId: string,
  f: StockFilter,
  limit: number,
  after?: [string, string],
) {
  return db
    .select({ balance: stockBalances, part: parts, site: stockSites })
    .from(stockBalances)
    .innerJoin(parts, and(eq(parts.tenantId, stockBalances.tenantId), eq(parts.id, stockBalances.partId)))
    .innerJoin(
      stockSites,
      and(eq(stockSites.tenantId, stockBalances.tenantId), eq(stockSites.id, stockBalances.siteId)),
    )
    .where(
      and(
        eq(stockBalances.tenantId, tenantId),
        f.partId ? eq(stockBalances.partId, f.partId) : undefined,
        f.siteId ? eq(stockBalances.siteId, f.siteId) : undefined,
        f.q
          ? or(ilike(parts.partNo, like(f.q)), ilike(parts.name, like(f.q)), ilike(parts.nameEn, like(f.q)))
          : undefined,
        f.lowOnly
          ? sql`${stockBalances.reorderPoint} is not null and ${stockBalances.onHand} - ${stockBalances.reserved} <= ${stockBalances.reorderPoint}`
          : undefined,
        after ? sql`(${parts.partNo}, ${stockSites.code}) > (${after[0]}, ${after[1]})` : undefined,
      ),
    )
    .orderBy(asc(parts.partNo), asc(stockSites.code))
    .limit(limit);
}

export async function listMovements(
  db: Db,
  tenantId: string,
  f: { partId?: string; siteId?: string; ticketId?: string },
  limit: number,
  beforeId?: string,
) {
  return db
    .select({ movement: stockMovements, partNo: parts.partNo, siteCode: stockSites.code })
    .from(stockMovements)
    .innerJoin(parts, and(eq(parts.tenantId, stockMovements.tenantId), eq(parts.id, stockMovements.partId)))
    .innerJoin(
      stockSites,
      and(eq(stockSites.tenantId, stockMovements.tenantId), eq(stockSites.id, stockMovements.siteId)),
    )
    .where(
      and(
        eq(stockMovements.tenantId, tenantId),
        f.partId ? eq(stockMovements.partId, f.partId) : undefined,
        f.siteId ? eq(stockMovements.siteId, f.siteId) : undefined,
        f.ticketId ? eq(stockMovements.ticketId, f.ticketId) : undefined,
        beforeId ? lt(stockMovements.id, beforeId) : undefined,
      ),
    )
    .orderBy(desc(stockMovements.id))
    .limit(limit);
}

// The ledger replayed in SQL: every (site, part) as the sum of its movements.
export async function replayLedger(db: Db, tenantId: string) {
  return db
    .select({
      siteId: stockMovements.siteId,
      partId: stockMovements.partId,
      onHand: sql<number>`sum(${stockMovements.onHandDelta})::int`,
      reserved: sql<number>`sum(${stockMovements.reservedDelta})::int`,
      defective: sql<number>`sum(${stockMovements.defectiveDelta})::int`,
    })
    .from(stockMovements)
    .where(eq(stockMovements.tenantId, tenantId))
    .groupBy(stockMovements.siteId, stockMovements.partId);
}

export async function insertReservation(db: Db, row: typeof stockReservations.$inferInsert) {
  const [created] = await db.insert(stockReservations).values(row).returning();
  if (!created) throw new Error("insert stock_reservations returned nothing");
  return created;
}

export async function findReservation(db: Db, tenantId: string, id: string, forUpdate = false) {
  const q = db
    .select()
    .from(stockReservations)
    .where(and(eq(stockReservations.tenantId, tenantId), eq(stockReservations.id, id)));
  const [row] = forUpdate ? await q.for("update") : await q;
  return row;
}

export async function setReservationStatus(db: Db, tenantId: string, id: string, status: string, at: Date) {
  const [row] = await db
    .update(stockReservations)
    .set({ status, updatedAt: at })
    .where(and(eq(stockReservations.tenantId, tenantId), eq(stockReservations.id, id)))
    .returning();
  if (!row) throw new Error("update stock_reservations returned nothing");
  return row;
}

// Back-ordered reservations of a part at a site, oldest first, locked so two receipts fill each
// one once.
export async function lockWaitingReservations(
  db: Db,
  key: { tenantId: string; siteId: string; partId: string },
) {
  return db
    .select()
    .from(stockReservations)
    .where(
      and(
        eq(stockReservations.tenantId, key.tenantId),
        eq(stockReservations.siteId, key.siteId),
        eq(stockReservations.partId, key.partId),
        eq(stockReservations.status, "waiting"),
      ),
    )
    .orderBy(asc(stockReservations.createdAt), asc(stockReservations.id))
    .for("update");
}

export async function listReservations(
  db: Db,
  tenantId: string,
  f: { ticketId?: string; status?: string; partId?: string },
  limit: number,
) {
  return db
    .select({ reservation: stockReservations, part: parts, site: stockSites })
    .from(stockReservations)
    .innerJoin(
      parts,
      and(eq(parts.tenantId, stockReservations.tenantId), eq(parts.id, stockReservations.partId)),
    )
    .innerJoin(
      stockSites,
      and(eq(stockSites.tenantId, stockReservations.tenantId), eq(stockSites.id, stockReservations.siteId)),
    )
    .where(
      and(
        eq(stockReservations.tenantId, tenantId),
        f.ticketId ? eq(stockReservations.ticketId, f.ticketId) : undefined,
        f.status ? eq(stockReservations.status, f.status) : undefined,
        f.partId ? eq(stockReservations.partId, f.partId) : undefined,
      ),
    )
    .orderBy(desc(stockReservations.createdAt))
    .limit(limit);
}

export async function insertShipment(db: Db, row: typeof shipments.$inferInsert) {
  const [created] = await db.insert(shipments).values(row).returning();
  if (!created) throw new Error("insert shipments returned nothing");
  return created;
}

export async function insertTransfer(db: Db, row: typeof stockTransfers.$inferInsert) {
  const [created] = await db.insert(stockTransfers).values(row).returning();
  if (!created) throw new Error("insert stock_transfers returned nothing");
  return created;
}

export async function findTransfer(db: Db, tenantId: string, id: string, forUpdate = false) {
  const q = db
    .select({ transfer: stockTransfers, shipment: shipments })
    .from(stockTransfers)
    .innerJoin(
      shipments,
      and(eq(shipments.tenantId, stockTransfers.tenantId), eq(shipments.id, stockTransfers.shipmentId)),
    )
    .where(and(eq(stockTransfers.tenantId, tenantId), eq(stockTransfers.id, id)));
  const [row] = forUpdate ? await q.for("update", { of: stockTransfers }) : await q;
  return row;
}

export async function markTransferReceived(
  db: Db,
  tenantId: string,
  t: { id: string; shipmentId: string },
  at: Date,
) {
  const [transfer] = await db
    .update(stockTransfers)
    .set({ status: "received", updatedAt: at })
    .where(and(eq(stockTransfers.tenantId, tenantId), eq(stockTransfers.id, t.id)))
    .returning();
  const [shipment] = await db
    .update(shipments)
    .set({ status: "delivered", updatedAt: at })
    .where(and(eq(shipments.tenantId, tenantId), eq(shipments.id, t.shipmentId)))
    .returning();
  if (!transfer || !shipment) throw new Error("transfer vanished while locked");
  return { transfer, shipment };
}

export async function insertOldPartReturn(db: Db, row: typeof oldPartReturns.$inferInsert) {
  await db.insert(oldPartReturns).values(row);
}

export async function findOldPartReturn(db: Db, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(oldPartReturns)
    .where(and(eq(oldPartReturns.tenantId, tenantId), eq(oldPartReturns.id, id)))
    .for("update");
  return row;
}

export async function setOldPartReturnStatus(db: Db, tenantId: string, id: string, status: string, at: Date) {
  const [row] = await db
    .update(oldPartReturns)
    .set({ status, updatedAt: at })
    .where(and(eq(oldPartReturns.tenantId, tenantId), eq(oldPartReturns.id, id)))
    .returning();
  if (!row) throw new Error("old part return vanished while locked");
  return row;
}

export async function listOldPartReturns(
  db: Db,
  tenantId: string,
  f: {
    id?: string;
    status?: string;
    ticketId?: string;
    siteId?: string;
    technicianId?: string;
    open?: boolean;
  },
) {
  // Who recorded the replacement as used: the technician who owes the original.
  const fitter = db
    .select({ reservationId: stockMovements.reservationId, actorId: stockMovements.actorId })
    .from(stockMovements)
    .where(and(eq(stockMovements.tenantId, tenantId), eq(stockMovements.kind, "consumption")))
    .as("fitter");
  return db
    .select({
      ret: oldPartReturns,
      part: parts,
      site: stockSites,
      ticketNumber: ticketsView.number,
      technicianId: fitter.actorId,
      technicianName: users.name,
    })
    .from(oldPartReturns)
    .innerJoin(parts, and(eq(parts.tenantId, oldPartReturns.tenantId), eq(parts.id, oldPartReturns.partId)))
    .innerJoin(
      stockSites,
      and(eq(stockSites.tenantId, oldPartReturns.tenantId), eq(stockSites.id, oldPartReturns.siteId)),
    )
    .leftJoin(
      ticketsView,
      and(eq(ticketsView.tenantId, oldPartReturns.tenantId), eq(ticketsView.id, oldPartReturns.ticketId)),
    )
    .leftJoin(fitter, eq(fitter.reservationId, oldPartReturns.reservationId))
    .leftJoin(users, and(eq(users.tenantId, oldPartReturns.tenantId), eq(users.id, fitter.actorId)))
    .where(
      and(
        eq(oldPartReturns.tenantId, tenantId),
        f.id ? eq(oldPartReturns.id, f.id) : undefined,
        f.status ? eq(oldPartReturns.status, f.status) : undefined,
        f.open ? inArray(oldPartReturns.status, ["owed", "shipped"]) : undefined,
        f.ticketId ? eq(oldPartReturns.ticketId, f.ticketId) : undefined,
        f.siteId ? eq(oldPartReturns.siteId, f.siteId) : undefined,
        f.technicianId ? eq(fitter.actorId, f.technicianId) : undefined,
      ),
    )
    .orderBy(desc(oldPartReturns.createdAt))
    .limit(200);
}

const fromSite = alias(stockSites, "from_site");
const toSite = alias(stockSites, "to_site");

export async function listTransfers(
  db: Db,
  tenantId: string,
  f: { status?: string; siteId?: string },
  limit: number,
) {
  return db
    .select({ transfer: stockTransfers, shipment: shipments, part: parts, from: fromSite, to: toSite })
    .from(stockTransfers)
    .innerJoin(
      shipments,
      and(eq(shipments.tenantId, stockTransfers.tenantId), eq(shipments.id, stockTransfers.shipmentId)),
    )
    .innerJoin(parts, and(eq(parts.tenantId, stockTransfers.tenantId), eq(parts.id, stockTransfers.partId)))
    .innerJoin(
      fromSite,
      and(eq(fromSite.tenantId, stockTransfers.tenantId), eq(fromSite.id, stockTransfers.fromSiteId)),
    )
    .innerJoin(
      toSite,
      and(eq(toSite.tenantId, stockTransfers.tenantId), eq(toSite.id, stockTransfers.toSiteId)),
    )
    .where(
      and(
        eq(stockTransfers.tenantId, tenantId),
        f.status ? eq(stockTransfers.status, f.status) : undefined,
        f.siteId
          ? or(eq(stockTransfers.fromSiteId, f.siteId), eq(stockTransfers.toSiteId, f.siteId))
          : undefined,
      ),
    )
    .orderBy(desc(stockTransfers.createdAt), desc(stockTransfers.id))
    .limit(limit);
}

// Ticket numbers of the given tickets (for lists that name the job a part is held for).
export async function ticketNumbers(db: Db, tenantId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: ticketsView.id, number: ticketsView.number })
    .from(ticketsView)
    .where(and(eq(ticketsView.tenantId, tenantId), inArray(ticketsView.id, ids)));
  return new Map(rows.map((r) => [r.id, r.number]));
}

export async function vanSitesOf(db: Db, tenantId: string, ownerId: string) {
  return db
    .select()
    .from(stockSites)
    .where(
      and(eq(stockSites.tenantId, tenantId), eq(stockSites.kind, "van"), eq(stockSites.ownerId, ownerId)),
    )
    .orderBy(asc(stockSites.code));
}

// Held and back-ordered reservations at one site, oldest first.
export async function openReservationsAt(db: Db, tenantId: string, siteId: string) {
  return db
    .select({ reservation: stockReservations, part: parts })
    .from(stockReservations)
    .innerJoin(
      parts,
      and(eq(parts.tenantId, stockReservations.tenantId), eq(parts.id, stockReservations.partId)),
    )
    .where(
      and(
        eq(stockReservations.tenantId, tenantId),
        eq(stockReservations.siteId, siteId),
        inArray(stockReservations.status, ["active", "waiting"]),
      ),
    )
    .orderBy(asc(stockReservations.createdAt))
    .limit(200);
}

type PurchaseRow = {
  part_id: string;
  site_id: string;
  available: number;
  reorder_point: number | null;
  backordered: number;
  inbound: number;
};

// Per (site, part): available stock, reorder point, open back-orders and units in transit to the
// site — every line at or below its reorder point or with back-orders.
export async function purchaseNeeds(db: Db, tenantId: string, siteId?: string): Promise<PurchaseRow[]> {
  const site = siteId ? sql`and k.site_id = ${siteId}` : sql``;
  const res = (await db.execute(sql`
    with keys as (
      select site_id, part_id from stock_balances where tenant_id = ${tenantId} and reorder_point is not null
      union
      select site_id, part_id from stock_reservations where tenant_id = ${tenantId} and status = 'waiting'
    )
    select k.site_id, k.part_id,
           coalesce(b.on_hand - b.reserved, 0)::int as available, b.reorder_point,
           coalesce((select sum(r.qty) from stock_reservations r
                      where r.tenant_id = ${tenantId} and r.site_id = k.site_id and r.part_id = k.part_id
                        and r.status = 'waiting'), 0)::int as backordered,
           coalesce((select sum(t.qty) from stock_transfers t
                      where t.tenant_id = ${tenantId} and t.to_site_id = k.site_id and t.part_id = k.part_id
                        and t.status = 'in_transit'), 0)::int as inbound
    from keys k
    left join stock_balances b on b.tenant_id = ${tenantId} and b.site_id = k.site_id and b.part_id = k.part_id
    where true ${site}`)) as unknown as { rows: PurchaseRow[] };
  return res.rows.map((r) => ({
    ...r,
    available: Number(r.available),
    reorder_point: r.reorder_point === null ? null : Number(r.reorder_point),
    backordered: Number(r.backordered),
    inbound: Number(r.inbound),
  }));
}

export async function partsByIds(db: Db, tenantId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, PartRow>();
  const rows = await db
    .select()
    .from(parts)
    .where(and(eq(parts.tenantId, tenantId), inArray(parts.id, ids)));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function sitesByIds(db: Db, tenantId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, SiteRow>();
  const rows = await db
    .select()
    .from(stockSites)
    .where(and(eq(stockSites.tenantId, tenantId), inArray(stockSites.id, ids)));
  return new Map(rows.map((r) => [r.id, r]));
}

type WaitRow = {
  created_at: string | Date;
  filled_at: string | Date | null;
  status: string;
  updated_at: string | Date;
};

// Every reservation of a ticket or RMA that had to wait for stock: when it was asked for, and when
// stock filled it (its first reservation movement came later than the ask), or when it stopped
// waiting unfilled (released), or null while it still waits.
export async function backorderWaits(
  db: Db,
  tenantId: string,
  of: { ticketId?: string | null; rmaId?: string | null },
) {
  const which = [
    of.ticketId ? sql`r.ticket_id = ${of.ticketId}` : null,
    of.rmaId ? sql`r.rma_id = ${of.rmaId}` : null,
  ].filter((x) => x !== null);
  if (which.length === 0) return [];
  const res = (await db.execute(sql`
    select r.created_at, r.status, r.updated_at,
           (select min(m.created_at) from stock_movements m
             where m.tenant_id = r.tenant_id and m.reservation_id = r.id and m.kind = 'reservation') as filled_at
    from stock_reservations r
    where r.tenant_id = ${tenantId} and (${sql.join(which, sql` or `)})`)) as unknown as { rows: WaitRow[] };
  return res.rows.map((r) => ({
    askedAt: new Date(r.created_at),
    filledAt: r.filled_at === null ? null : new Date(r.filled_at),
    status: r.status,
    updatedAt: new Date(r.updated_at),
  }));
}

export async function listRmaShipments(db: Db, tenantId: string, rmaId: string) {
  return db
    .select()
    .from(shipments)
    .where(and(eq(shipments.tenantId, tenantId), eq(shipments.rmaId, rmaId)))
    .orderBy(shipments.createdAt, shipments.id);
}

export async function deliverRmaShipments(
  db: Db,
  tenantId: string,
  rmaId: string,
  purpose: string,
  at: Date,
) {
  await db
    .update(shipments)
    .set({ status: "delivered", updatedAt: at })
    .where(
      and(
        eq(shipments.tenantId, tenantId),
        eq(shipments.rmaId, rmaId),
        eq(shipments.purpose, purpose),
        eq(shipments.status, "in_transit"),
      ),
    );
}
