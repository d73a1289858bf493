import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.js";
import type { KpiDefinition } from "./catalogue.js";

// The customer-level KPIs (seed "after-sales service improvement plan" §6: churn ≤ 3 %, repeat
// purchase, referrals of existing customers). They count customers, not tickets, so they are not
// rollup measures: each is one SQL query over the tenant's tickets, units, loyalty purchases and
// referrals on demand (a tenant has far fewer customers and purchases than ticket changes).
export type CustomerKpiDefinition = Omit<KpiDefinition, "compute" | "drill" | "pendingSource">;

// What a customer KPI can be grouped by: months of the range, or the customer's tier or province.
export const CUSTOMER_GROUP_BYS = ["month", "tier", "region"] as const;
export type CustomerGroupBy = (typeof CUSTOMER_GROUP_BYS)[number];

export const CUSTOMER_KPIS: readonly CustomerKpiDefinition[] = [
  {
    id: "churn_rate",
    name: { zh: "客户流失率", en: "Customer churn rate" },
    definition: {
      zh: "期间开始前 12 个月内有活动（建单、购机或积分消费记录）的客户中，自期间开始至今再无任何活动的比例。",
      en: "Of the customers active in the 12 months before the period (a ticket, a unit bought or a loyalty purchase), the share with no activity from the period's start until now.",
    },
    formula:
      "count(active in [from − 12 months, from) and no activity since from) ÷ count(active in [from − 12 months, from))",
    unit: "ratio",
    direction: "lower",
    defaultTarget: 0.03,
  },
  {
    id: "repeat_purchase_rate",
    name: { zh: "重复购买率", en: "Repeat purchase rate" },
    definition: {
      zh: "期间内有购买（购机日期或积分消费记录）的客户中，截至期末在至少两个不同日期购买过的比例（即此前已买过）。",
      en: "Of the customers who bought in the period (a unit's purchase date or a loyalty purchase), the share who had bought on another, earlier day by the period's end.",
    },
    formula: "count(bought in period and purchase days ≤ to ≥ 2) ÷ count(bought in period)",
    unit: "ratio",
    direction: "higher",
    defaultTarget: null,
  },
  {
    id: "referral_rate",
    name: { zh: "老客户推荐率", en: "Referral rate" },
    definition: {
      zh: "期间内有活动的客户中，在期间内成功推荐至少一位新客户（被推荐人首次登记获奖励）的比例。",
      en: "Of the customers active in the period, the share who referred at least one new customer in it (the referred customer's first approved registration rewarded the referral).",
    },
    formula: "count(active in period and a referral rewarded in period) ÷ count(active in period)",
    unit: "ratio",
    direction: "higher",
    defaultTarget: null,
  },
];

export const findCustomerKpi = (id: string): CustomerKpiDefinition | undefined =>
  CUSTOMER_KPIS.find((k) => k.id === id);

type Period = { from: string; to: string; groupBy: CustomerGroupBy | null; timeZone: string };

// One row per period: the whole range, or each month of it (clipped to the range).
function periods(p: Period): SQL {
  if (p.groupBy !== "month")
    return sql`select ''::text as pkey, ${p.from}::date as pfrom, ${p.to}::date as pto`;
  return sql`select to_char(m, 'YYYY-MM') as pkey, greatest(m::date, ${p.from}::date) as pfrom,
      least((m + interval '1 month' - interval '1 day')::date, ${p.to}::date) as pto
    from generate_series(date_trunc('month', ${p.from}::date), ${p.to}::date, interval '1 month') m`;
}

// Every day a customer did something: opened a ticket, bought a unit, or bought with loyalty.
const activity = (tenantId: string, tz: string) => sql`
  select customer_id, (created_at at time zone ${tz})::date as day from tickets where tenant_id = ${tenantId}
  union
  select customer_id, purchased_at as day from units where tenant_id = ${tenantId}
  union
  select customer_id, (created_at at time zone ${tz})::date from loyalty_entries
    where tenant_id = ${tenantId} and reason = 'purchase'`;

const purchases = (tenantId: string, tz: string) => sql`
  select customer_id, purchased_at as day from units where tenant_id = ${tenantId}
  union
  select customer_id, (created_at at time zone ${tz})::date from loyalty_entries
    where tenant_id = ${tenantId} and reason = 'purchase'`;

// The population of each KPI per period: (pkey, customer_id, hit) — hit when the customer counts
// in the numerator. Each activity row is matched to at most one period, never to every period of a
// series (what made a monthly series cost a query per month).
function population(kpi: string, tenantId: string, tz: string): SQL {
  // Churn: with a customer's activity days d₁ < d₂ < …, the latest one before a period's start s is
  // dᵢ for s in (dᵢ, dᵢ₊₁]; the customer is in the base when dᵢ ≥ s − 12 months, i.e. for s in
  // (dᵢ, min(dᵢ₊₁, dᵢ + 12 months)], and churned when there is no dᵢ₊₁. These intervals do not
  // overlap, so a period counts each customer at most once.
  if (kpi === "churn_rate")
    return sql`, act as (${activity(tenantId, tz)}),
      steps as (
        select customer_id, day, lead(day) over (partition by customer_id order by day) as next_day
        from act where day >= (select min(pfrom) from periods) - interval '12 months'),
      pop as (
        select p.pkey, s.customer_id, s.next_day is null as hit
        from periods p
        join steps s on p.pfrom > s.day
          and p.pfrom <= least(s.next_day, (s.day + interval '12 months')::date))`;
  // Repeat purchase: a buyer of the period counts when their second purchase day is on or before
  // its end (their first may be in it or before it).
  if (kpi === "repeat_purchase_rate")
    return sql`, buy as (${purchases(tenantId, tz)}),
      second as (
        select customer_id, min(day) filter (where n = 2) as second_day
        from (select customer_id, day, row_number() over (partition by customer_id order by day) as n from buy) x
        group by 1),
      pop as (
        select distinct p.pkey, b.customer_id, coalesce(s.second_day <= p.pto, false) as hit
        from periods p
        join buy b on b.day between p.pfrom and p.pto
        join second s on s.customer_id = b.customer_id)`;
  return sql`, act as (${activity(tenantId, tz)}),
    referrers as (
      select distinct p.pkey, m.referred_by as customer_id
      from loyalty_members m
      join periods p on (m.referral_rewarded_at at time zone ${tz})::date between p.pfrom and p.pto
      where m.tenant_id = ${tenantId} and m.referred_by is not null),
    pop as (
      select distinct p.pkey, a.customer_id, r.customer_id is not null as hit
      from periods p
      join act a on a.day between p.pfrom and p.pto
      left join referrers r on r.pkey = p.pkey and r.customer_id = a.customer_id)`;
}

const KEY: Record<CustomerGroupBy | "none", string> = {
  none: "''",
  month: "pop.pkey",
  tier: "coalesce(c.tier, 'standard')",
  region: "coalesce(left(c.division_code, 2), '')",
};

export type CustomerKpiAnswer = { value: number | null; series: { key: string; value: number | null }[] };

// The KPI over from..to (tenant days, both included) and, with groupBy, its series.
export async function computeCustomerKpi(
  db: Db,
  tenantId: string,
  kpi: CustomerKpiDefinition,
  p: Period,
): Promise<CustomerKpiAnswer> {
  const run = async (q: Period) => {
    const res = (await db.execute(sql`
      with periods as (${periods(q)}) ${population(kpi.id, tenantId, q.timeZone)}
      select ${sql.raw(KEY[q.groupBy ?? "none"])} as key, count(*)::int as den, count(*) filter (where hit)::int as num
      from pop left join customers c on c.tenant_id = ${tenantId} and c.id = pop.customer_id
      group by 1 order by 1`)) as unknown as { rows: { key: string; den: number; num: number }[] };
    return res.rows.map((r) => ({
      key: String(r.key),
      value: Number(r.den) ? Number(r.num) / Number(r.den) : null,
    }));
  };
  const [total] = await run({ ...p, groupBy: null });
  return { value: total?.value ?? null, series: p.groupBy ? await run(p) : [] };
}
