import { sql } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.js";
import { addDays, daysBetween } from "../forecast/day-kinds.js";
import type { CustomerFacts } from "./churn-score.js";

// Everything churn risk and segments know about a customer, read with plain SELECTs over the
// customers', products', tickets' and surveys' tables (analytics writes none of them). "The last
// year" is the 365 days up to `today` (the tenant's calendar day).
export type CustomerRow = CustomerFacts & {
  id: string;
  name: string;
  phone: string | null;
  region: string | null;
  productLines: string[];
  units: number;
  /** tickets opened in the last year */
  contacts: number;
  /** channels of those tickets */
  channels: string[];
  /** survey answers given in the last year */
  surveyAnswers: number;
  /** days since the first purchase or ticket; null: neither */
  daysSinceFirstActivity: number | null;
};

type Raw = Record<string, unknown>;
const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
const day = (v: unknown): string | null =>
  v === null || v === undefined
    ? null
    : v instanceof Date
      ? v.toISOString().slice(0, 10)
      : String(v).slice(0, 10);

// `only`: just these customers (a survey round's page), each part of the query narrowed to them so a
// page costs what its customers cost; left out, every customer of the tenant.
export async function loadCustomerFacts(
  db: Db,
  tenantId: string,
  today: string,
  only?: readonly string[],
): Promise<CustomerRow[]> {
  const since = addDays(today, -365);
  const ids = only ? sql`(select jsonb_array_elements_text(${JSON.stringify(only)}::jsonb))` : null;
  const scope = (column: string) => (ids ? sql` and ${sql.raw(column)} in ${ids}` : sql``);
  const r = (await db.execute(sql`
    with u as (
      select u.customer_id, count(*) as units, max(u.purchased_at) as last_purchase,
             min(u.purchased_at) as first_purchase,
             (array_agg(u.warranty_ends_at - ${today}::date
                        order by abs(u.warranty_ends_at - ${today}::date)))[1] as warranty_days,
             array_agg(distinct p.category) filter (where p.category is not null) as lines
      from units u left join products p on p.tenant_id = u.tenant_id and p.id = u.product_id
      where u.tenant_id = ${tenantId}${scope("u.customer_id")} group by u.customer_id),
    t as (
      select customer_id, max(created_at) as last_contact, min(created_at) as first_contact,
             count(*) filter (where created_at >= ${since}::date) as contacts,
             count(*) filter (where type = 'complaint' and created_at >= ${since}::date) as complaints,
             array_agg(distinct channel) filter (where created_at >= ${since}::date) as channels
      from tickets where tenant_id = ${tenantId}${scope("customer_id")} group by customer_id),
    rr as (
      select customer_id, sum(n - 1) as repeats from (
        select customer_id, unit_id, count(*) as n from tickets
        where tenant_id = ${tenantId}${scope("customer_id")} and type = 'repair' and unit_id is not null
          and created_at >= ${since}::date
        group by customer_id, unit_id) x
      where n > 1 group by customer_id),
    low as (
      select customer_id, count(*) as n from survey_follow_ups
      where tenant_id = ${tenantId}${scope("customer_id")} and created_at >= ${since}::date group by customer_id),
    ans as (
      select customer_id, count(*) as n from survey_responses
      where tenant_id = ${tenantId}${scope("customer_id")} and created_at >= ${since}::date group by customer_id)
    select c.id, c.name, c.tier, c.phone, left(c.division_code, 2) as region,
           u.units, u.last_purchase, u.first_purchase, u.warranty_days, u.lines,
           t.last_contact, t.first_contact, t.contacts, t.complaints, t.channels,
           rr.repeats, low.n as low_answers, ans.n as answers
    from customers c
    left join u on u.customer_id = c.id
    left join t on t.customer_id = c.id
    left join rr on rr.customer_id = c.id
    left join low on low.customer_id = c.id
    left join ans on ans.customer_id = c.id
    where c.tenant_id = ${tenantId} and c.erased_at is null${scope("c.id")}`)) as unknown as { rows: Raw[] };
  return r.rows.map((x) => {
    const latest = [day(x.last_purchase), day(x.last_contact)].filter((d): d is string => d !== null).sort();
    const earliest = [day(x.first_purchase), day(x.first_contact)]
      .filter((d): d is string => d !== null)
      .sort();
    const last = latest.at(-1);
    const first = earliest[0];
    return {
      id: String(x.id),
      name: String(x.name),
      tier: String(x.tier),
      phone: x.phone === null ? null : String(x.phone),
      region: x.region === null || x.region === "" ? null : String(x.region),
      productLines: ((x.lines as string[] | null) ?? []).slice().sort(),
      units: num(x.units),
      contacts: num(x.contacts),
      channels: ((x.channels as string[] | null) ?? []).slice().sort(),
      surveyAnswers: num(x.answers),
      daysSinceLastActivity: last === undefined ? null : Math.max(0, daysBetween(last, today)),
      daysSinceFirstActivity: first === undefined ? null : Math.max(0, daysBetween(first, today)),
      complaints: num(x.complaints),
      lowSurveyAnswers: num(x.low_answers),
      repeatRepairs: num(x.repeats),
      warrantyEndsInDays:
        x.warranty_days === null || x.warranty_days === undefined ? null : num(x.warranty_days),
    };
  });
}
