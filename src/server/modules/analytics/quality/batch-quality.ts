import { sql } from "drizzle-orm";
import type { BatchQuality } from "../../../../shared/api/alerts.js";
import type { Db } from "../../../platform/db/client.js";
import { tenantDay } from "../tenant-day.js";
import { type BatchHistory, type BatchTestOptions, DEFAULT_BATCH_TEST, judgeBatches } from "./batch-test.js";

// Product quality per model from the units and the tickets about them (plain SELECTs):
// - a unit's production batch is its serial without the last three digits, i.e. a range of 1,000
//   serials (units carry no batch field; the serials encode model, year and a running number, so
//   neighbouring serials were made together);
// - its months in service run from delivery (installation) or else purchase;
// - a failure is a repair, exchange or return ticket about the unit; its fault is the ticket's
//   first tag.

const MONTH_DAYS = 30.4375;
const FAILURE_TYPES = ["repair", "exchange", "return"] as const;
const failureTypes = sql.join(
  FAILURE_TYPES.map((t) => sql`${t}`),
  sql`, `,
);
const batchOf = sql`left(u.serial, greatest(length(u.serial) - 3, 1))`;

// `unseen`: months in service before the tenant's first ticket: no failure of then could have been
// recorded, so they are not exposure (else old batches look unfailing when young).
type UnitRow = { id: string; serial: string; batch: string; age: number; unseen: number };
type FailureRow = { unit_id: string; batch: string; month: number; fault: string; day: string };

async function unitsOf(db: Db, tenantId: string, productId: string, today: string): Promise<UnitRow[]> {
  const r = (await db.execute(sql`
    with seen as (select coalesce(min(created_at)::date, ${today}::date) as since from tickets where tenant_id = ${tenantId})
    select u.id, u.serial, ${batchOf} as batch,
      greatest(${today}::date - coalesce(u.delivery_date, u.purchased_at), 0) / ${MONTH_DAYS}::float8 as age,
      greatest(seen.since - coalesce(u.delivery_date, u.purchased_at), 0) / ${MONTH_DAYS}::float8 as unseen
    from units u cross join seen where u.tenant_id = ${tenantId} and u.product_id = ${productId}
    order by u.serial`)) as unknown as { rows: Record<string, unknown>[] };
  return r.rows.map((x) => ({
    id: String(x.id),
    serial: String(x.serial),
    batch: String(x.batch),
    age: Number(x.age),
    unseen: Number(x.unseen),
  }));
}

async function failuresOf(db: Db, tenantId: string, productId: string): Promise<FailureRow[]> {
  const r = (await db.execute(sql`
    select t.unit_id, ${batchOf} as batch, coalesce(t.tags[1], '') as fault,
      to_char(t.created_at, 'YYYY-MM-DD') as day,
      floor(greatest(t.created_at::date - coalesce(u.delivery_date, u.purchased_at), 0) / ${MONTH_DAYS}::float8)::int as month
    from tickets t join units u on u.tenant_id = t.tenant_id and u.id = t.unit_id
    where t.tenant_id = ${tenantId} and u.product_id = ${productId} and t.type in (${failureTypes})
    order by t.unit_id, t.created_at`)) as unknown as { rows: Record<string, unknown>[] };
  return r.rows.map((x) => ({
    unit_id: String(x.unit_id),
    batch: String(x.batch),
    month: Number(x.month),
    fault: String(x.fault),
    day: String(x.day),
  }));
}

/** Each batch's unit-months and failures by month in service. */
function histories(units: UnitRow[], failures: FailureRow[]): BatchHistory[] {
  const byBatch = new Map<string, BatchHistory>();
  const get = (batch: string) => {
    const h = byBatch.get(batch) ?? { batch, units: 0, exposure: [], failures: [] };
    byBatch.set(batch, h);
    return h;
  };
  for (const u of units) {
    const h = get(u.batch);
    h.units++;
    for (let m = 0; m < Math.ceil(u.age); m++) {
      const seen = Math.min(1, u.age - m) - Math.min(1, Math.max(0, u.unseen - m));
      h.exposure[m] = (h.exposure[m] ?? 0) + Math.max(0, seen);
    }
  }
  for (const f of failures) {
    const h = get(f.batch);
    h.failures[f.month] = (h.failures[f.month] ?? 0) + 1;
    // A failure recorded after the age we count (a ticket dated ahead) still has its month's exposure.
    if ((h.exposure[f.month] ?? 0) === 0) h.exposure[f.month] = 1;
  }
  for (const h of byBatch.values()) {
    for (let m = 0; m < h.exposure.length; m++) h.exposure[m] ??= 0;
    for (let m = 0; m < h.exposure.length; m++) h.failures[m] ??= 0;
  }
  return [...byBatch.values()].sort((a, b) => a.batch.localeCompare(b.batch));
}

const BANDS: [number, string][] = [
  [3, "0-3"],
  [6, "3-6"],
  [12, "6-12"],
  [24, "12-24"],
  [Number.POSITIVE_INFINITY, "24+"],
];
const bandOf = (month: number) => BANDS.find(([limit]) => month < limit)?.[1] ?? "24+";

/** Units repaired, and those repaired again within `days` of a previous repair. */
function repeatRepairs(failures: FailureRow[], days: number) {
  const byUnit = new Map<string, string[]>();
  for (const f of failures) byUnit.set(f.unit_id, [...(byUnit.get(f.unit_id) ?? []), f.day]);
  let repeated = 0;
  for (const list of byUnit.values())
    if (
      list.some((d, i) => i > 0 && (Date.parse(d) - Date.parse(list[i - 1] as string)) / 86_400_000 <= days)
    )
      repeated++;
  const repaired = byUnit.size;
  return {
    days,
    repaired,
    repeated,
    rate: repaired > 0 ? Math.round((repeated / repaired) * 1000) / 1000 : 0,
  };
}

async function models(db: Db, tenantId: string) {
  const r = (await db.execute(sql`
    select p.id, coalesce(p.name, p.sku) as name, count(u.id)::int as units
    from products p join units u on u.tenant_id = p.tenant_id and u.product_id = p.id
    where p.tenant_id = ${tenantId} group by p.id, p.name, p.sku order by count(u.id) desc, p.name`)) as unknown as {
    rows: { id: string; name: string; units: number }[];
  };
  return r.rows.map((x) => ({ id: x.id, name: x.name, units: Number(x.units) }));
}

/** The batch test of one model (what a batch_test rule evaluates). */
export async function judgeModel(
  db: Db,
  tenantId: string,
  productId: string,
  today: string,
  options: BatchTestOptions = DEFAULT_BATCH_TEST,
) {
  const units = await unitsOf(db, tenantId, productId, today);
  const failures = await failuresOf(db, tenantId, productId);
  const h = histories(units, failures);
  return { units, failures, histories: h, verdicts: judgeBatches(h, options) };
}

export async function modelIds(db: Db, tenantId: string): Promise<string[]> {
  return (await models(db, tenantId)).map((m) => m.id);
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

export async function batchQuality(
  db: Db,
  tenantId: string,
  q: { productId?: string; repeatDays: number },
  now: Date,
): Promise<BatchQuality> {
  const list = await models(db, tenantId);
  const productId = q.productId ?? list[0]?.id ?? "";
  const today = await tenantDay(db, tenantId, now);
  const { units, failures, histories: h, verdicts } = await judgeModel(db, tenantId, productId, today);
  const serials = new Map<string, string[]>();
  for (const u of units) serials.set(u.batch, [...(serials.get(u.batch) ?? []), u.serial]);
  const breakdown = new Map<string, { fault: string; batch: string; band: string; failures: number }>();
  for (const f of failures) {
    const band = bandOf(f.month);
    const k = `${f.fault}\u0000${f.batch}\u0000${band}`;
    const row = breakdown.get(k) ?? { fault: f.fault, batch: f.batch, band, failures: 0 };
    row.failures++;
    breakdown.set(k, row);
  }
  return {
    productId,
    models: list,
    batchRule: "serial_prefix",
    batches: verdicts.map((v) => ({
      batch: v.batch,
      firstSerial: serials.get(v.batch)?.[0] ?? "",
      lastSerial: serials.get(v.batch)?.at(-1) ?? "",
      units: v.units,
      failures: v.failures,
      rate: r3(v.rate),
      lo: r3(v.lo),
      hi: r3(v.hi),
      expected: r3(v.expected),
      p: v.p,
      q: v.q,
      flagged: v.flagged,
    })),
    // Cumulative failures per 100 units in service by month in service (the batch's hazard summed).
    curve: h.map((b) => {
      let cum = 0;
      const points: { month: number; rate: number }[] = [];
      for (let m = 0; m < b.exposure.length; m++) {
        const e = b.exposure[m] ?? 0;
        if (e <= 0) continue; // months before the records began
        cum += (b.failures[m] ?? 0) / e;
        points.push({ month: m + 1, rate: Math.round(cum * 1000) / 10 });
      }
      return { batch: b.batch, points };
    }),
    breakdown: [...breakdown.values()].sort(
      (a, b) => b.failures - a.failures || a.batch.localeCompare(b.batch),
    ),
    repeat: repeatRepairs(failures, q.repeatDays),
  };
}

/** The failure tickets of one batch of a model. */
export async function batchTickets(db: Db, tenantId: string, productId: string, batch: string) {
  const r = (await db.execute(sql`
    select t.id, t.number, t.subject, t.type, t.status, t.created_at, u.serial
    from tickets t join units u on u.tenant_id = t.tenant_id and u.id = t.unit_id
    where t.tenant_id = ${tenantId} and u.product_id = ${productId} and ${batchOf} = ${batch}
      and t.type in (${failureTypes})
    order by t.created_at desc limit 500`)) as unknown as { rows: Record<string, unknown>[] };
  return r.rows.map((x) => ({
    id: String(x.id),
    number: String(x.number),
    subject: String(x.subject),
    type: String(x.type),
    status: String(x.status),
    serial: String(x.serial),
    createdAt: new Date(x.created_at as string).toISOString(),
  }));
}
