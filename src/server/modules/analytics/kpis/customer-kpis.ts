import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.js";
import { addMonths } from "../../products/index.js";
import { addDays } from "../forecast/day-kinds.js";
import type { KpiDefinition } from "./catalogue.js";
import { wholeMonths } from "./customer-months.js";

// The customer-level KPIs (seed "after-sales service improvement plan" §6: churn ≤ 3 %, repeat
// purchase, referrals of existing customers). They count customers, not tickets, so they are not
// rollup measures: each is one SQL query over analytics' per-customer activity summary
// (customer-activity.ts), which the caller refreshes first.
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

type Period = { from: string; to: string; groupBy: CustomerGroupBy | null };

// The population of each KPI per period: (pkey, customer_id, hit) — hit when the customer counts
// in the numerator — read from the summary (analytics_customer_days, one row per customer day),
// only the days the range can reach. A period is the whole range (pkey '') or, by month, each
// month of it clipped to the range (pkey 'YYYY-MM'): a day's period is then computed, not joined.
function population(kpi: string, tenantId: string, p: Period): SQL {
  const mine = sql`tenant_id = ${tenantId}`;
  const byMonth = p.groupBy === "month";
  const pkey = (day: SQL) => (byMonth ? sql`to_char(${day}, 'YYYY-MM')` : sql`''`);
  // The end of the day's period.
  const pto = (day: SQL) =>
    byMonth
      ? sql`least((date_trunc('month', ${day}) + interval '1 month' - interval '1 day')::date, ${p.to}::date)`
      : sql`${p.to}::date`;
  // Churn: with a customer's active days d₁ < d₂ < …, the latest one before a period's start s is
  // dᵢ for s in (dᵢ, dᵢ₊₁]; the customer is in the base when dᵢ ≥ s − 12 months, i.e. for s in
  // (dᵢ, min(dᵢ₊₁, dᵢ + 12 months)], and churned when there is no dᵢ₊₁. These intervals do not
  // overlap, so a period counts each customer at most once (monthly series: churnByMonth).
  if (kpi === "churn_rate")
    return sql`pop as (
        select '' as pkey, s.customer_id, s.next_active is null as hit
        from analytics_customer_days s
        where s.${mine} and s.active and s.day >= (${p.from}::date - interval '12 months')::date
          and s.day < ${p.from}::date
          and ${p.from}::date <= least(s.next_active, (s.day + interval '12 months')::date))`;
  // Repeat purchase: a buyer of the period counts when their second purchase day is on or before
  // its end (their first may be in it or before it).
  if (kpi === "repeat_purchase_rate")
    return sql`pop as (
        select distinct ${pkey(sql`b.day`)} as pkey, b.customer_id,
          coalesce(b.second_purchase <= ${pto(sql`b.day`)}, false) as hit
        from analytics_customer_days b
        where b.${mine} and b.purchase and b.day between ${p.from}::date and ${p.to}::date)`;
  // Referral: each customer active in a period once — by their last active day in it (the next one
  // is later or none), so no grouping over every active day — hit when a referral of theirs was
  // rewarded in the same period (few rows, joined by hash).
  return sql`pop as (
      select ${pkey(sql`a.day`)} as pkey, a.customer_id, r.customer_id is not null as hit
      from analytics_customer_days a
      left join (
        select distinct ${pkey(sql`b.day`)} as pkey, b.customer_id from analytics_customer_days b
        where b.${mine} and b.referral and b.day between ${p.from}::date and ${p.to}::date) r
        on r.customer_id = a.customer_id and r.pkey = ${pkey(sql`a.day`)}
      where a.${mine} and a.active and a.day between ${p.from}::date and ${p.to}::date
        and (a.next_active is null or a.next_active > ${pto(sql`a.day`)}))`;
}

// Churn by month after the first: the base at each month start is the running sum of the
// pre-counted month deltas (analytics_churn_months) up to it. The first month's period starts at
// from, which is the total's own period.
function churnLaterMonths(tenantId: string, p: Period): SQL {
  return sql`
    select to_char(m, 'YYYY-MM') as key, coalesce(sum(c.den), 0)::int as den, coalesce(sum(c.num), 0)::int as num
    from generate_series(date_trunc('month', ${p.from}::date) + interval '1 month', ${p.to}::date, interval '1 month') m
    join analytics_churn_months c on c.tenant_id = ${tenantId} and c.month <= m::date
    group by 1 order by 1`;
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
  type Row = { key: string; den: number; num: number };
  const rows = async (query: SQL) =>
    ((await db.execute(query)) as unknown as { rows: Row[] }).rows.map((r) => ({
      key: String(r.key),
      den: Number(r.den),
      num: Number(r.num),
    }));
  const run = (q: Period) =>
    rows(sql`
      with ${population(kpi.id, tenantId, q)}
      select ${sql.raw(KEY[q.groupBy ?? "none"])} as key, count(*)::int as den, count(*) filter (where hit)::int as num
      from pop left join customers c on c.tenant_id = ${tenantId} and c.id = pop.customer_id
      group by 1 order by 1`);
  const churnMonths = kpi.id === "churn_rate" && p.groupBy === "month";
  // By month, referral and repeat purchase read their whole months pre-counted and only the
  // partial months at the range's ends from the summary rows.
  const series = async (): Promise<Row[]> => {
    if (churnMonths) return rows(churnLaterMonths(tenantId, p));
    if (!p.groupBy) return [];
    const whole = p.groupBy === "month" ? wholeMonthsOf(p) : null;
    if (!whole) return run(p);
    const parts = await Promise.all([
      whole.head ? run({ ...whole.head, groupBy: "month" }) : [],
      rows(
        wholeMonths(kpi.id as "referral_rate" | "repeat_purchase_rate", tenantId, whole.first, whole.last),
      ),
      whole.tail ? run({ ...whole.tail, groupBy: "month" }) : [],
    ]);
    return parts.flat();
  };
  // The total and the series are independent queries: run side by side.
  const [[total], grouped] = await Promise.all([run({ ...p, groupBy: null }), series()]);
  const first = churnMonths && total ? [{ ...total, key: p.from.slice(0, 7) }] : [];
  const ratio = (r: Row | undefined) => (r?.den ? r.num / r.den : null);
  const points = [...first, ...grouped]
    .filter((r) => r.den > 0)
    .map((r) => ({ key: r.key, value: ratio(r) }));
  return { value: ratio(total), series: points };
}

// The first day of the month `offset` months after day's, and the last day of day's month.
const monthStart = (day: string, offset = 0) => addMonths(`${day.slice(0, 7)}-01`, offset);
const monthEnd = (day: string) => addDays(monthStart(day, 1), -1);

// The whole months inside from..to (first..last, as month starts) and the partial months at its
// ends; null when no month is whole.
function wholeMonthsOf(p: Period) {
  const first = p.from.endsWith("-01") ? p.from : monthStart(p.from, 1);
  const last = p.to === monthEnd(p.to) ? monthStart(p.to) : monthStart(p.to, -1);
  if (first > last) return null;
  return {
    first,
    last,
    head: p.from < first ? { from: p.from, to: monthEnd(p.from) } : null,
    tail: p.to > monthEnd(last) ? { from: monthStart(p.to), to: p.to } : null,
  };
}
