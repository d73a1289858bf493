import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.js";

// Each customer's share of analytics_customer_months, from their summary rows: per month they were
// active / had a referral rewarded while active / bought / bought with their second purchase day on
// or before the month's last day. The same expression fills the table in the migration.
export const customerMonthShares = (where: SQL) => sql`
  with cm as (
    select tenant_id, customer_id, date_trunc('month', day)::date as month,
      bool_or(active) as active, bool_or(referral) as referral, bool_or(purchase) as purchase,
      bool_or(purchase and second_purchase <= (date_trunc('month', day) + interval '1 month' - interval '1 day')::date) as repeat
    from analytics_customer_days where ${where}
    group by 1, 2, 3)
  select tenant_id, month,
    count(*) filter (where active) as active, count(*) filter (where active and referral) as referring,
    count(*) filter (where purchase) as buyers, count(*) filter (where repeat) as repeat_buyers
  from cm group by 1, 2`;

// Adds (sign 1) or takes out (sign −1) these customers' shares, around the rebuild of their rows.
export async function moveCustomerMonths(tx: Db, tenantId: string, these: SQL, sign: 1 | -1): Promise<void> {
  await tx.execute(sql`
    insert into analytics_customer_months (tenant_id, month, active, referring, buyers, repeat_buyers)
    select tenant_id, month, ${sign} * active, ${sign} * referring, ${sign} * buyers, ${sign} * repeat_buyers
    from (${customerMonthShares(sql`tenant_id = ${tenantId} and customer_id in ${these}`)}) s
    order by month
    on conflict (tenant_id, month) do update set
      active = analytics_customer_months.active + excluded.active,
      referring = analytics_customer_months.referring + excluded.referring,
      buyers = analytics_customer_months.buyers + excluded.buyers,
      repeat_buyers = analytics_customer_months.repeat_buyers + excluded.repeat_buyers`);
}

// The whole months first..last (YYYY-MM-01 dates) of a referral or repeat-purchase series.
export function wholeMonths(
  kpi: "referral_rate" | "repeat_purchase_rate",
  tenantId: string,
  first: string,
  last: string,
) {
  const [den, num] = kpi === "referral_rate" ? ["active", "referring"] : ["buyers", "repeat_buyers"];
  return sql`
    select to_char(month, 'YYYY-MM') as key, ${sql.raw(den)}::int as den, ${sql.raw(num)}::int as num
    from analytics_customer_months
    where tenant_id = ${tenantId} and month between ${first}::date and ${last}::date
    order by month`;
}
