import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import type { CustomerChanged } from "../customers/index.js";
import { tenantSettings } from "../tenancy/index.js";
import {
  analyticsDirtyTickets,
  analyticsRollups,
  analyticsTicketFacts,
  measureColumn,
} from "./analytics.tables.js";
import { readTicketFacts } from "./facts.js";
import { markAllCustomers } from "./kpis/customer-activity.js";
import { dimensionKey, ROLLUP_DIMENSIONS } from "./kpis/dimensions.js";
import {
  addMeasures,
  factMeasures,
  isZero,
  MEASURES,
  type Measures,
  type TicketFact,
  zeroMeasures,
} from "./kpis/measures.js";

// Tickets taken per transaction: the rollup rows they touch are few (days × dimensions), the work is
// reading their facts.
const BATCH = 500;

type Contribution = { day: string; keys: string[]; measures: Measures };
export type RollupCell = { dim: string; key: string; day: string; measures: Measures };

const contributionOf = (f: TicketFact): Contribution => ({
  day: f.day,
  keys: ROLLUP_DIMENSIONS.map((d) => dimensionKey(f, d)),
  measures: factMeasures(f),
});

// Adds (sign 1) or takes out (sign −1) a ticket's contribution to every dimension's cell.
function accumulate(cells: Map<string, RollupCell>, c: Contribution, sign: 1 | -1): void {
  ROLLUP_DIMENSIONS.forEach((dim, i) => {
    const key = c.keys[i] ?? "";
    const id = `${dim}\u0000${c.day}\u0000${key}`;
    let cell = cells.get(id);
    if (!cell) {
      cell = { dim, key, day: c.day, measures: zeroMeasures() };
      cells.set(id, cell);
    }
    addMeasures(cell.measures, c.measures, sign);
  });
}

// The rollups as a from-scratch computation over facts (the rebuild and the tests use it).
export function rollupsOf(facts: readonly TicketFact[]): Map<string, RollupCell> {
  const cells = new Map<string, RollupCell>();
  for (const f of facts) accumulate(cells, contributionOf(f), 1);
  return cells;
}

const lockTenant = (tx: Db, tenantId: string) =>
  tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`analytics:${tenantId}`}))`);

// Adds the cells' measures to the stored rollups, in key order so two writers never deadlock.
async function addCells(tx: Db, tenantId: string, cells: Iterable<RollupCell>): Promise<void> {
  const rows = [...cells]
    .filter((c) => !isZero(c.measures))
    .sort((a, b) => (a.dim + a.day + a.key < b.dim + b.day + b.key ? -1 : 1))
    .map((c) => ({ tenantId, dim: c.dim, key: c.key, day: c.day, ...c.measures }));
  const set = Object.fromEntries(
    MEASURES.map((m) => [m, sql.raw(`analytics_rollups.${measureColumn(m)} + excluded.${measureColumn(m)}`)]),
  );
  for (let i = 0; i < rows.length; i += 1000)
    await tx
      .insert(analyticsRollups)
      .values(rows.slice(i, i + 1000))
      .onConflictDoUpdate({
        target: [analyticsRollups.tenantId, analyticsRollups.dim, analyticsRollups.day, analyticsRollups.key],
        set,
      });
}

async function storeFacts(tx: Db, tenantId: string, facts: readonly TicketFact[], now: Date): Promise<void> {
  for (let i = 0; i < facts.length; i += 1000) {
    const rows = facts.slice(i, i + 1000).map((f) => {
      const c = contributionOf(f);
      return {
        tenantId,
        ticketId: f.ticketId,
        day: c.day,
        keys: c.keys,
        measures: MEASURES.map((m) => c.measures[m]),
        refreshedAt: now,
      };
    });
    await tx
      .insert(analyticsTicketFacts)
      .values(rows)
      .onConflictDoUpdate({
        target: [analyticsTicketFacts.tenantId, analyticsTicketFacts.ticketId],
        set: {
          day: sql`excluded.day`,
          keys: sql`excluded.keys`,
          measures: sql`excluded.measures`,
          refreshedAt: sql`excluded.refreshed_at`,
        },
      });
  }
}

// Marks a changed ticket for the next refresh (in the change's own transaction).
export async function markDirty(tx: Db, tenantId: string, ticketId: string): Promise<void> {
  await tx.insert(analyticsDirtyTickets).values({ tenantId, ticketId }).onConflictDoNothing();
}

// A batch of changed tickets in one INSERT.
export async function markManyDirty(tx: Db, tickets: readonly { tenantId: string; ticketId: string }[]) {
  if (tickets.length > 0)
    await tx
      .insert(analyticsDirtyTickets)
      .values([...tickets])
      .onConflictDoNothing();
}

// A customer's tier or address keys their tickets' facts (tier, region): when either moves, every
// ticket of theirs is refreshed (a customer has a handful, so this stays one small INSERT).
export async function markCustomerTicketsDirty(tx: Db, c: CustomerChanged): Promise<void> {
  const province = (code: string | null) => (code ?? "").slice(0, 2);
  if (c.before.tier === c.after.tier && province(c.before.divisionCode) === province(c.after.divisionCode))
    return;
  await tx.execute(sql`
    insert into analytics_dirty_tickets (tenant_id, ticket_id)
    select tenant_id, id from tickets where tenant_id = ${c.tenantId} and customer_id = ${c.after.id}
    on conflict do nothing`);
}

// Moves the rollups by what one batch of changed tickets now contributes minus what they did.
// Returns how many tickets it took (0: nothing was waiting).
async function refreshBatch(tx: Db, tenantId: string, now: Date, limit = BATCH): Promise<number> {
  await lockTenant(tx, tenantId);
  const claimed = (await tx.execute(sql`
    delete from analytics_dirty_tickets where tenant_id = ${tenantId} and ticket_id in (
      select ticket_id from analytics_dirty_tickets where tenant_id = ${tenantId} order by ticket_id limit ${limit})
    returning ticket_id`)) as unknown as { rows: { ticket_id: string }[] };
  const ids = claimed.rows.map((r) => r.ticket_id);
  if (ids.length === 0) return 0;
  const tenant = await tenantSettings(tx, tenantId);
  const facts = await readTicketFacts(tx, tenantId, tenant?.timezone ?? "Asia/Shanghai", ids);
  const old = await tx
    .select()
    .from(analyticsTicketFacts)
    .where(and(eq(analyticsTicketFacts.tenantId, tenantId), inArray(analyticsTicketFacts.ticketId, ids)));
  const cells = new Map<string, RollupCell>();
  for (const o of old) {
    const measures = Object.fromEntries(MEASURES.map((m, i) => [m, Number(o.measures[i] ?? 0)])) as Measures;
    accumulate(cells, { day: o.day, keys: o.keys, measures }, -1);
  }
  for (const f of facts) accumulate(cells, contributionOf(f), 1);
  await addCells(tx, tenantId, cells.values());
  await storeFacts(tx, tenantId, facts, now);
  // A ticket that no longer exists (erased) keeps no fact.
  const gone = ids.filter((id) => !facts.some((f) => f.ticketId === id));
  if (gone.length)
    await tx
      .delete(analyticsTicketFacts)
      .where(and(eq(analyticsTicketFacts.tenantId, tenantId), inArray(analyticsTicketFacts.ticketId, gone)));
  return ids.length;
}

// Works off every changed ticket of a tenant, a batch per transaction.
export async function refreshTenant(db: Db, tenantId: string, now: Date): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await db.transaction((tx) => refreshBatch(tx, tenantId, now));
    total += n;
    if (n < BATCH) return total;
  }
}

export async function tenantsWithChanges(db: Db): Promise<string[]> {
  const rows = await db
    .selectDistinct({ tenantId: analyticsDirtyTickets.tenantId })
    .from(analyticsDirtyTickets);
  return rows.map((r) => r.tenantId);
}

// Recomputes a tenant's rollups from every ticket (first load, bulk imports, a time-zone change).
// Reads the tickets a page at a time; the rollup cells (days × dimension keys) stay in memory.
export async function rebuildTenant(db: Db, tenantId: string, now: Date, page = 5000): Promise<number> {
  return db.transaction(async (tx) => {
    await lockTenant(tx, tenantId);
    await tx.delete(analyticsDirtyTickets).where(eq(analyticsDirtyTickets.tenantId, tenantId));
    await tx.delete(analyticsTicketFacts).where(eq(analyticsTicketFacts.tenantId, tenantId));
    await tx.delete(analyticsRollups).where(eq(analyticsRollups.tenantId, tenantId));
    // The customer KPIs' summary is keyed by tenant day too.
    await markAllCustomers(tx, tenantId);
    const tenant = await tenantSettings(tx, tenantId);
    const tz = tenant?.timezone ?? "Asia/Shanghai";
    const cells = new Map<string, RollupCell>();
    let after = "";
    let count = 0;
    for (;;) {
      const idRows = (await tx.execute(sql`
        select id from tickets where tenant_id = ${tenantId} and id > ${after} order by id limit ${page}`)) as unknown as {
        rows: { id: string }[];
      };
      const ids = idRows.rows.map((r) => r.id);
      if (ids.length === 0) break;
      const facts = await readTicketFacts(tx, tenantId, tz, ids);
      for (const f of facts) accumulate(cells, contributionOf(f), 1);
      await storeFacts(tx, tenantId, facts, now);
      count += facts.length;
      after = ids[ids.length - 1] ?? after;
    }
    await addCells(tx, tenantId, cells.values());
    return count;
  });
}
