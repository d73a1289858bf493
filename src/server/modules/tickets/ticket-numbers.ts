import { sql } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import { getOrCreate } from "../../platform/get-or-create.js";
import { ticketCounters } from "./tickets.tables.js";

const formatTicketNumber = (year: number, n: number) => `SO-${year}-${String(n).padStart(6, "0")}`;

// Moves a tenant's counter for the year by `count` in one statement; returns the new last number.
async function bumpCounter(db: Db, tenantId: string, year: number, count: number): Promise<number> {
  const [row] = await db
    .insert(ticketCounters)
    .values({ tenantId, year, last: count })
    .onConflictDoUpdate({
      target: [ticketCounters.tenantId, ticketCounters.year],
      set: { last: sql`${ticketCounters.last} + ${count}` },
    })
    .returning({ last: ticketCounters.last });
  if (!row) throw new Error("ticket counter upsert returned nothing");
  return row.last;
}

// Inside a transaction: the counter row stays locked until that transaction ends.
export async function nextTicketNumber(db: Db, tenantId: string, year: number): Promise<string> {
  return formatTicketNumber(year, await bumpCounter(db, tenantId, year, 1));
}

type Waiter = { resolve: (n: string) => void; reject: (e: unknown) => void };
type Lane = { waiting: Waiter[]; busy: boolean };
const lanes = new WeakMap<Db, Map<string, Lane>>();

// Outside any transaction, for ticket creation: requests for the same tenant and year that arrive
// while the counter is being moved wait and are numbered together by the next move, so the
// counter row is locked (and committed) once per burst rather than once per ticket. Nothing is
// reserved ahead of demand, so a restart loses no numbers; a creation that later fails leaves a
// gap, as a rolled-back sequence value would.
export function allocateTicketNumber(db: Db, tenantId: string, year: number): Promise<string> {
  const byKey = getOrCreate(lanes, db, () => new Map<string, Lane>());
  const key = `${tenantId}:${year}`;
  const lane = getOrCreate(byKey, key, (): Lane => ({ waiting: [], busy: false }));
  const promise = new Promise<string>((resolve, reject) => lane.waiting.push({ resolve, reject }));
  if (!lane.busy) void serve(db, byKey, key, lane, tenantId, year);
  return promise;
}

async function serve(
  db: Db,
  byKey: Map<string, Lane>,
  key: string,
  lane: Lane,
  tenantId: string,
  year: number,
) {
  lane.busy = true;
  while (lane.waiting.length > 0) {
    const batch = lane.waiting.splice(0);
    try {
      const last = await bumpCounter(db, tenantId, year, batch.length);
      const first = last - batch.length + 1;
      for (const [i, w] of batch.entries()) w.resolve(formatTicketNumber(year, first + i));
    } catch (err) {
      for (const w of batch) w.reject(err);
    }
  }
  lane.busy = false;
  byKey.delete(key);
}
