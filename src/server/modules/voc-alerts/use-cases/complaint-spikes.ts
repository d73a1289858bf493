import { sql } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.js";
import type { JobContext } from "../../../platform/jobs/queue.js";
import { listTenants } from "../../tenancy/index.js";
import { DEFAULT_SPIKE_RULE, detectSpike } from "../signals/spike.js";
import { raiseAlert } from "./raise-alert.js";

type Cell = { dim: string; key: string; label: string; day: string; n: number; ids: string[] };

const DAY_MS = 86_400_000;
const localDay = (at: Date, timeZone: string) => new Intl.DateTimeFormat("en-CA", { timeZone }).format(at);

// Complaint tickets per day and per product, outlet (the customer's store: their region) and fault
// (the ticket's tags), over the baseline window and today, in the tenant's time zone.
async function complaintCounts(db: Db, tenantId: string, timeZone: string, since: Date): Promise<Cell[]> {
  const res = (await db.execute(sql`
    with c as (
      select t.id, to_char(t.created_at at time zone ${timeZone}, 'YYYY-MM-DD') as day, t.unit_id, t.customer_id, t.tags
      from tickets t
      where t.tenant_id = ${tenantId} and t.type = 'complaint' and t.created_at >= ${since.toISOString()}::timestamptz
    )
    select dim, key, max(label) as label, day, count(*)::int as n, array_agg(id) as ids from (
      select c.id, c.day, 'product' as dim, p.id as key, p.name as label
        from c join units u on u.tenant_id = ${tenantId} and u.id = c.unit_id
        join products p on p.tenant_id = ${tenantId} and p.id = u.product_id
      union all
      select c.id, c.day, 'outlet', o.id, o.name
        from c join customers cu on cu.tenant_id = ${tenantId} and cu.id = c.customer_id
        join outlets o on o.tenant_id = ${tenantId} and o.id = cu.outlet_id
      union all
      select c.id, c.day, 'fault', tag, tag from c cross join lateral unnest(c.tags) as tag
    ) x
    group by dim, key, day`)) as unknown as { rows: Cell[] };
  return res.rows.map((r) => ({ ...r, n: Number(r.n) }));
}

// Hourly: today's complaints of each product / outlet / fault against their own last 28 days. A
// spike raises one alert per key and day (later runs that day find it raised).
export async function detectComplaintSpikes({ tx, now }: JobContext): Promise<void> {
  const days = DEFAULT_SPIKE_RULE.baselineDays;
  for (const tenant of await listTenants(tx)) {
    const tz = tenant.timezone;
    const today = localDay(now, tz);
    const window = Array.from({ length: days + 1 }, (_, i) =>
      localDay(new Date(now.getTime() - (days - i) * DAY_MS), tz),
    );
    const cells = await complaintCounts(tx, tenant.id, tz, new Date(now.getTime() - (days + 2) * DAY_MS));
    const byKey = new Map<string, Cell[]>();
    for (const c of cells)
      byKey.set(`${c.dim}\u0000${c.key}`, [...(byKey.get(`${c.dim}\u0000${c.key}`) ?? []), c]);
    for (const group of byKey.values()) {
      const todays = group.find((c) => c.day === today);
      if (!todays) continue;
      const series = window.map((d) => group.find((c) => c.day === d)?.n ?? 0);
      const verdict = detectSpike(series);
      if (!verdict.spike) continue;
      await raiseAlert(tx, {
        tenantId: tenant.id,
        kind: "complaint_spike",
        sourceKey: `spike:${todays.dim}:${todays.key}:${today}`,
        dimension: todays.dim,
        dimensionKey: todays.key,
        label: todays.label,
        details: {
          day: today,
          count: verdict.count,
          median: verdict.median,
          z: Math.round(verdict.z * 10) / 10,
        },
        ticketIds: todays.ids,
        at: now,
      });
    }
  }
}
