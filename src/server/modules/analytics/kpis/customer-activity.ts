import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.js";
import { tenantSettings } from "../../tenancy/index.js";
import { moveCustomerMonths } from "./customer-months.js";

// Keeps analytics_customer_days, the customer KPIs' summary: the owning modules' events mark a
// customer (in their transaction); the rollup schedule and every customer KPI request rebuild the
// marked customers' rows from the tickets, units, loyalty purchases and referrals.

const BATCH = 2000;

const idList = (ids: readonly string[]): SQL =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );

// Marks customers for the next refresh.
export async function markCustomersChanged(tx: Db, tenantId: string, customerIds: readonly string[]) {
  const ids = [...new Set(customerIds)].sort();
  if (ids.length === 0) return;
  await tx.execute(sql`
    insert into analytics_dirty_customers (tenant_id, customer_id)
    select ${tenantId}, unnest(array[${idList(ids)}]::text[]) on conflict do nothing`);
}

// A referral's reward is counted on the referrer: a registration marks the customer and whoever
// referred them (the reward itself is written by loyalty in the same transaction).
export async function markCustomerAndReferrer(tx: Db, tenantId: string, customerId: string) {
  await tx.execute(sql`
    insert into analytics_dirty_customers (tenant_id, customer_id)
    select ${tenantId}, ${customerId}
    union select tenant_id, referred_by from loyalty_members
      where tenant_id = ${tenantId} and customer_id = ${customerId} and referred_by is not null
    on conflict do nothing`);
}

// Every customer of the tenant (a time-zone change moves every day).
export async function markAllCustomers(tx: Db, tenantId: string) {
  await tx.execute(sql`
    insert into analytics_dirty_customers (tenant_id, customer_id)
    select tenant_id, id from customers where tenant_id = ${tenantId} on conflict do nothing`);
}

const lockTenant = (tx: Db, tenantId: string) =>
  tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`analytics-customers:${tenantId}`}))`);

// Rebuilds one batch of marked customers' rows; returns how many customers it took.
async function refreshBatch(tx: Db, tenantId: string): Promise<number> {
  await lockTenant(tx, tenantId);
  const claimed = (await tx.execute(sql`
    delete from analytics_dirty_customers where tenant_id = ${tenantId} and customer_id in (
      select customer_id from analytics_dirty_customers where tenant_id = ${tenantId} order by customer_id limit ${BATCH})
    returning customer_id`)) as unknown as { rows: { customer_id: string }[] };
  const ids = claimed.rows.map((r) => r.customer_id);
  if (ids.length === 0) return 0;
  const tz = (await tenantSettings(tx, tenantId))?.timezone ?? "Asia/Shanghai";
  const these = sql`(${idList(ids)})`;
  await moveChurnMonths(tx, tenantId, these, -1);
  await moveCustomerMonths(tx, tenantId, these, -1);
  await tx.execute(
    sql`delete from analytics_customer_days where tenant_id = ${tenantId} and customer_id in ${these}`,
  );
  // One row per customer day; the next active day and second purchase day are windows over the
  // customer's own active (resp. purchase) rows.
  await tx.execute(sql`
    insert into analytics_customer_days
      (tenant_id, customer_id, day, active, purchase, referral, next_active, second_purchase)
    with ev as (
      select customer_id, (created_at at time zone ${tz})::date as day, true as a, false as p, false as r
        from tickets where tenant_id = ${tenantId} and customer_id in ${these}
      union all
      select customer_id, purchased_at, true, true, false
        from units where tenant_id = ${tenantId} and customer_id in ${these}
      union all
      select customer_id, (created_at at time zone ${tz})::date, true, true, false
        from loyalty_entries where tenant_id = ${tenantId} and reason = 'purchase' and customer_id in ${these}
      union all
      select referred_by, (referral_rewarded_at at time zone ${tz})::date, false, false, true
        from loyalty_members where tenant_id = ${tenantId} and referred_by in ${these}
          and referral_rewarded_at is not null),
    days as (
      select customer_id, day, bool_or(a) as active, bool_or(p) as purchase, bool_or(r) as referral
      from ev group by 1, 2)
    select ${tenantId}, customer_id, day, active, purchase, referral,
      case when active then lead(day) over (partition by customer_id, active order by day) end,
      case when purchase then nth_value(day, 2) over (partition by customer_id, purchase order by day
        rows between unbounded preceding and unbounded following) end
    from days`);
  await moveChurnMonths(tx, tenantId, these, 1);
  await moveCustomerMonths(tx, tenantId, these, 1);
  return ids.length;
}

// Adds (sign 1) or takes out (sign −1) these customers' rows' share of churn's monthly base
// (analytics_churn_months): an active row on day d with end e = min(next active day, d + 12 months)
// is in the base of the month starts in (d, e]: +1 at the first month after d's, −1 at the first
// after e's (none when both are the same).
async function moveChurnMonths(tx: Db, tenantId: string, these: SQL, sign: 1 | -1): Promise<void> {
  await tx.execute(sql`
    insert into analytics_churn_months (tenant_id, month, den, num)
    with steps as (
      select (date_trunc('month', day) + interval '1 month')::date as a,
        (date_trunc('month', least(next_active, (day + interval '12 months')::date)) + interval '1 month')::date as b,
        next_active is null as hit
      from analytics_customer_days
      where tenant_id = ${tenantId} and customer_id in ${these} and active),
    deltas as (
      select a as month, 1 as d, hit from steps where a < b
      union all
      select b, -1, hit from steps where a < b)
    select ${tenantId}, month, ${sign} * sum(d), ${sign} * coalesce(sum(d) filter (where hit), 0)
    from deltas group by month order by month
    on conflict (tenant_id, month) do update
      set den = analytics_churn_months.den + excluded.den, num = analytics_churn_months.num + excluded.num`);
}

// Works off every marked customer of a tenant, a batch per transaction.
export async function refreshCustomerActivity(db: Db, tenantId: string): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await db.transaction((tx) => refreshBatch(tx, tenantId));
    total += n;
    if (n < BATCH) return total;
  }
}

export async function tenantsWithChangedCustomers(db: Db): Promise<string[]> {
  const res = (await db.execute(
    sql`select distinct tenant_id from analytics_dirty_customers`,
  )) as unknown as { rows: { tenant_id: string }[] };
  return res.rows.map((r) => r.tenant_id);
}

// A new ticket is a day of activity for its customer; a ticket moved to another customer moves it.
export async function markTicketCustomers(
  tx: Db,
  changes: readonly {
    tenantId: string;
    before: { customerId: string } | null;
    after: { customerId: string };
  }[],
) {
  const byTenant = new Map<string, string[]>();
  for (const c of changes) {
    if (c.before && c.before.customerId === c.after.customerId) continue;
    const ids = byTenant.get(c.tenantId) ?? [];
    ids.push(c.after.customerId, ...(c.before ? [c.before.customerId] : []));
    byTenant.set(c.tenantId, ids);
  }
  for (const [tenantId, ids] of byTenant) await markCustomersChanged(tx, tenantId, ids);
}
