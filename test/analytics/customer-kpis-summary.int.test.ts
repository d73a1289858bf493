import { sql } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { customerMonthShares } from "../../src/server/modules/analytics/kpis/customer-months.js";
import { UNIT_REGISTERED } from "../../src/server/modules/registrations/index.js";
import { worldPerFile } from "../fixtures.js";

// The customer KPIs read analytics' per-customer summary, kept up to date by events. After random
// sequences of tickets, units, loyalty purchases and referral rewards (checked in between too, so
// the summary is refreshed incrementally), every KPI, by month, tier and region, equals what the
// on-demand SQL the KPIs used before the summary (kept below as the reference) gives.
const { h, w } = worldPerFile("ckpi-sum");

// ---- The reference: the KPIs computed on demand from the owning modules' tables. ----
type Ref = { from: string; to: string; groupBy: string | null; tz: string };
const periods = (p: Ref) =>
  p.groupBy !== "month"
    ? sql`select ''::text as pkey, ${p.from}::date as pfrom, ${p.to}::date as pto`
    : sql`select to_char(m, 'YYYY-MM') as pkey, greatest(m::date, ${p.from}::date) as pfrom,
      least((m + interval '1 month' - interval '1 day')::date, ${p.to}::date) as pto
    from generate_series(date_trunc('month', ${p.from}::date), ${p.to}::date, interval '1 month') m`;
const activity = (t: string, tz: string) => sql`
  select customer_id, (created_at at time zone ${tz})::date as day from tickets where tenant_id = ${t}
  union
  select customer_id, purchased_at as day from units where tenant_id = ${t}
  union
  select customer_id, (created_at at time zone ${tz})::date from loyalty_entries
    where tenant_id = ${t} and reason = 'purchase'`;
const purchases = (t: string, tz: string) => sql`
  select customer_id, purchased_at as day from units where tenant_id = ${t}
  union
  select customer_id, (created_at at time zone ${tz})::date from loyalty_entries
    where tenant_id = ${t} and reason = 'purchase'`;
function population(kpi: string, t: string, tz: string) {
  if (kpi === "churn_rate")
    return sql`, act as (${activity(t, tz)}),
      steps as (
        select customer_id, day, lead(day) over (partition by customer_id order by day) as next_day
        from act where day >= (select min(pfrom) from periods) - interval '12 months'),
      pop as (
        select p.pkey, s.customer_id, s.next_day is null as hit
        from periods p
        join steps s on p.pfrom > s.day
          and p.pfrom <= least(s.next_day, (s.day + interval '12 months')::date))`;
  if (kpi === "repeat_purchase_rate")
    return sql`, buy as (${purchases(t, tz)}),
      second as (
        select customer_id, min(day) filter (where n = 2) as second_day
        from (select customer_id, day, row_number() over (partition by customer_id order by day) as n from buy) x
        group by 1),
      pop as (
        select distinct p.pkey, b.customer_id, coalesce(s.second_day <= p.pto, false) as hit
        from periods p
        join buy b on b.day between p.pfrom and p.pto
        join second s on s.customer_id = b.customer_id)`;
  return sql`, act as (${activity(t, tz)}),
    referrers as (
      select distinct p.pkey, m.referred_by as customer_id
      from loyalty_members m
      join periods p on (m.referral_rewarded_at at time zone ${tz})::date between p.pfrom and p.pto
      where m.tenant_id = ${t} and m.referred_by is not null),
    pop as (
      select distinct p.pkey, a.customer_id, r.customer_id is not null as hit
      from periods p
      join act a on a.day between p.pfrom and p.pto
      left join referrers r on r.pkey = p.pkey and r.customer_id = a.customer_id)`;
}
const KEY: Record<string, string> = {
  none: "''",
  month: "pop.pkey",
  tier: "coalesce(c.tier, 'standard')",
  region: "coalesce(left(c.division_code, 2), '')",
};
async function reference(kpi: string, t: string, q: Ref) {
  const res = (await h.services.db.execute(sql`
    with periods as (${periods(q)}) ${population(kpi, t, q.tz)}
    select ${sql.raw(KEY[q.groupBy ?? "none"] ?? "''")} as key, count(*)::int as den, count(*) filter (where hit)::int as num
    from pop left join customers c on c.tenant_id = ${t} and c.id = pop.customer_id
    group by 1 order by 1`)) as unknown as { rows: { key: string; den: number; num: number }[] };
  return res.rows.map((r) => ({
    key: String(r.key),
    value: Number(r.den) ? Number(r.num) / Number(r.den) : null,
  }));
}

// ---- Random histories through the real paths (API and events). ----
let seq = 0;
// Any day of 2019–2020, or often a month's first or last day (where periods and windows meet).
const DAYS = fc.oneof(
  fc.integer({ min: 0, max: 729 }).map((n) => new Date(Date.UTC(2019, 0, 1) + n * 86_400_000)),
  fc
    .record({ month: fc.integer({ min: 0, max: 23 }), last: fc.boolean() })
    .map(({ month, last }) => new Date(Date.UTC(2019, month + (last ? 1 : 0), last ? 0 : 1))),
);
const dayOf = (d: Date) => d.toISOString().slice(0, 10);
// An hour in UTC: late ones fall on the next Shanghai day.
const at = (d: Date, hour: number) => `${dayOf(d)}T${String(hour).padStart(2, "0")}:30:00Z`;
const STEP = fc.record({
  kind: fc.constantFrom("ticket", "unit", "purchase", "referral", "check"),
  who: fc.integer({ min: 0, max: 3 }),
  other: fc.integer({ min: 0, max: 3 }),
  day: DAYS,
  hour: fc.integer({ min: 0, max: 23 }),
});
type Step = { kind: string; who: number; other: number; day: Date; hour: number };

const TIERS = ["standard", "gold", "vip"] as const;
const REGIONS = ["310104", "440305", undefined] as const;
async function customers(): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < 4; i++) {
    const n = ++seq;
    const c = await w.post("/api/v1/customers", {
      name: `S${n}`,
      kind: "person",
      email: `s${n}.${w.tenantId}@example.com`,
      tier: TIERS[n % 3],
      ...(REGIONS[n % 3] ? { divisionCode: REGIONS[n % 3] } : {}),
    });
    ids.push(c.id);
  }
  return ids;
}

async function apply(ids: string[], s: Step): Promise<void> {
  const who = ids[s.who] as string;
  if (s.kind === "ticket") {
    const t = await w.post(
      "/api/v1/tickets",
      { subject: "Noise", description: "It rattles", type: "repair", customerId: who },
      w.agent.token,
    );
    // Backdated: the summary reads the ticket when the customer is next refreshed.
    await h.services.db.execute(
      sql`update tickets set created_at = ${at(s.day, s.hour)}::timestamptz where id = ${t.id}`,
    );
  } else if (s.kind === "unit") {
    await w.post("/api/v1/units", {
      serial: `SN-SUM-${++seq}`,
      productSku: w.washer.sku,
      customerId: who,
      purchasedAt: dayOf(s.day),
    });
  } else if (s.kind === "purchase") {
    const r = await h.call("POST", `/api/v1/customers/${who}/purchases`, {
      token: w.supervisor.token,
      body: { amount: "120", reference: `R${++seq}` },
    });
    expect(r.status).toBe(200);
    await h.services.db.execute(sql`update loyalty_entries set created_at = ${at(s.day, s.hour)}::timestamptz
      where tenant_id = ${w.tenantId} and customer_id = ${who} and note = ${`R${seq}`}`);
  } else if (s.kind === "referral" && s.who !== s.other) {
    // The referred customer claimed the referrer (if nobody yet), then had a registration approved.
    const referrer = ids[s.other] as string;
    await h.services.db.execute(sql`insert into loyalty_members (tenant_id, customer_id, referral_code, referred_by)
      values (${w.tenantId}, ${who}, ${`SUM${++seq}`}, ${referrer}) on conflict do nothing`);
    await h.services.db.transaction((tx) =>
      h.services.events.emit(tx, UNIT_REGISTERED, {
        tenantId: w.tenantId,
        registrationId: `reg_sum_${++seq}`,
        customerId: who,
        unitId: `unt_sum_${seq}`,
        at: new Date(at(s.day, s.hour)),
      }),
    );
  } else if (s.kind === "check") await check(dayOf(s.day), "2020-12-31");
}

const KPIS = ["churn_rate", "repeat_purchase_rate", "referral_rate"];
async function check(from: string, to: string): Promise<void> {
  for (const kpi of KPIS)
    for (const groupBy of [null, "month", "tier", "region"]) {
      const r = await h.call(
        "GET",
        `/api/v1/kpis/${kpi}?from=${from}&to=${to}${groupBy ? `&groupBy=${groupBy}` : ""}`,
        {
          token: w.supervisor.token,
        },
      );
      expect(r.status).toBe(200);
      const ref = await reference(kpi, w.tenantId, { from, to, groupBy, tz: "Asia/Shanghai" });
      if (groupBy) expect({ kpi, groupBy, series: r.body.series }).toEqual({ kpi, groupBy, series: ref });
      else expect({ kpi, value: r.body.value }).toEqual({ kpi, value: ref[0]?.value ?? null });
    }
}

describe("customer KPIs from the summary", () => {
  it("equal the on-demand SQL after random tickets, units, purchases and referrals", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(STEP, { minLength: 1, maxLength: 14 }), DAYS, DAYS, async (steps, a, b) => {
        const ids = await customers();
        for (const s of steps) await apply(ids, s);
        const [from, to] = [dayOf(a), dayOf(b)].sort() as [string, string];
        await check(from, to);
      }),
      { numRuns: 25 },
    );
    // The monthly pre-counts, moved by deltas at every refresh, equal a count from scratch (the
    // migration's fill): the whole months of the series above read them.
    const rows = async (q: ReturnType<typeof sql>) =>
      ((await h.services.db.execute(q)) as unknown as { rows: Record<string, unknown>[] }).rows.map((r) =>
        Object.values(r).map(String).join(" "),
      );
    const kept = await rows(sql`select month, active, referring, buyers, repeat_buyers
      from analytics_customer_months where tenant_id = ${w.tenantId}
        and (active, referring, buyers, repeat_buyers) <> (0, 0, 0, 0) order by month`);
    const fresh = await rows(sql`select month, active, referring, buyers, repeat_buyers
      from (${customerMonthShares(sql`tenant_id = ${w.tenantId}`)}) s
      where (active, referring, buyers, repeat_buyers) <> (0, 0, 0, 0) order by month`);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(fresh);
  }, 240_000);
});
