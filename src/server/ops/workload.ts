import { bootstrapTenant } from "../demo/bootstrap.js";
import { DEMO_PRODUCTS } from "../demo/demo-data.js";
import { hashPassword } from "../modules/auth/index.js";
import type { Database } from "../platform/db/client.js";

// A realistic load for benchmarks: customers of every tier, products and units, and tickets spread
// over twelve months with the type, priority, channel and status mix of the demo, each with its
// creation event, status history and messages. Written with INSERT … SELECT generate_series in
// batches, so a million tickets take minutes, not hours. Generated history is load data: it is not
// entered in the audit chain.
export type WorkloadOptions = {
  tickets: number;
  slug: string;
  batch?: number;
  onProgress?: (done: number, total: number) => void;
};
export type Workload = {
  tenantId: string;
  agentEmail: string;
  customerEmail: string;
  password: string;
  tickets: number;
};

export const WORKLOAD_PASSWORD = "workload-password";

type Query = (text: string, params?: unknown[]) => Promise<unknown>;

// What the customer KPIs (churn, repeat purchase, referral) read besides tickets: a second unit
// bought on another day by every third customer, loyalty members (three in ten), purchases recorded
// by the loyalty programme (one customer in two, spread over three years) and rewarded referrals
// (one member in three referred by the customer before them).
async function generateCustomerActivity(q: Query, t: string, customers: number) {
  await q(
    `insert into units (id, tenant_id, serial, product_id, customer_id, purchased_at, warranty_ends_at)
           select 'unt_' || $1 || '_b' || g, $1, 'LB' || lpad(g::text, 9, '0'), 'prd_' || $1 || '_' || ((g + 1) % ${DEMO_PRODUCTS.length}),
                  'cus_' || $1 || '_' || g, d, d + interval '24 months' - interval '1 day'
           from generate_series(3, $2::int, 3) g, lateral (select (current_date - ((g * 7) % 1000))::date as d) x`,
    [t, customers],
  );
  await q(
    `insert into loyalty_members (tenant_id, customer_id, referral_code, referred_by, referral_rewarded_at)
           select $1, 'cus_' || $1 || '_' || g, 'LD' || g,
                  case when g % 10 = 1 and g > 1 then 'cus_' || $1 || '_' || (g - 1) end,
                  case when g % 10 = 1 and g > 1 then now() - ((g % 700) || ' days')::interval end
           from generate_series(1, $2::int) g where g % 10 < 3`,
    [t, customers],
  );
  await q(
    `insert into loyalty_entries (id, tenant_id, customer_id, reason, points, amount, created_at)
           select 'lye_' || $1 || '_' || g, $1, 'cus_' || $1 || '_' || g, 'purchase', 100 + g % 900, (100 + g % 900) || '.00',
                  now() - ((g * 13) % 1095 || ' days')::interval
           from generate_series(2, $2::int, 2) g`,
    [t, customers],
  );
}

const pickSql = (column: string, weighted: [string, number][]) => {
  let acc = 0;
  const cases = weighted.map(([value, share]) => {
    acc += share;
    return `when ${column} < ${acc.toFixed(4)} then '${value}'`;
  });
  return `case ${cases.join(" ")} else '${weighted.at(-1)?.[0]}' end`;
};

const TYPES: [string, number][] = [
  ["repair", 0.42],
  ["support", 0.18],
  ["installation", 0.12],
  ["consultation", 0.1],
  ["complaint", 0.05],
  ["exchange", 0.04],
  ["return", 0.04],
  ["refund", 0.02],
  ["delivery", 0.02],
  ["suggestion", 0.01],
];
const CHANNELS: [string, number][] = [
  ["phone", 0.3],
  ["portal", 0.25],
  ["email", 0.2],
  ["wechat", 0.12],
  ["dealer", 0.08],
  ["web", 0.05],
];
const OPEN: [string, number][] = [
  ["new", 0.15],
  ["assigned", 0.2],
  ["in_progress", 0.35],
  ["pending_customer", 0.15],
  ["pending_parts", 0.1],
  ["pending_third_party", 0.05],
];

export async function generateWorkload(database: Database, opts: WorkloadOptions): Promise<Workload> {
  const { tenantId } = await bootstrapTenant(database.db, {
    name: `Load ${opts.slug}`,
    slug: opts.slug,
    timezone: "Asia/Shanghai",
    defaultLocale: "zh-CN",
    adminEmail: `admin@${opts.slug}.load`,
    adminName: "Load admin",
    adminPassword: WORKLOAD_PASSWORD,
  });
  const q = (text: string, params: unknown[] = []) => database.query(text, params);
  const hash = await hashPassword(WORKLOAD_PASSWORD);
  const customers = Math.max(100, Math.ceil(opts.tickets / 10));
  const t = tenantId;
  await q(
    `insert into users (id, tenant_id, email, name, role, password_hash, skills, max_open_tickets)
           select 'usr_' || $1 || '_a' || g, $1, 'agent' || g || '@' || $2 || '.load', '坐席 ' || g, 'agent', $3, '{}', 50 from generate_series(1, 20) g`,
    [t, opts.slug, hash],
  );
  await q(
    `insert into customers (id, tenant_id, name, kind, email, phone, tier, division_code)
           select 'cus_' || $1 || '_' || g, $1, '客户 ' || g, case when g % 9 = 0 then 'company' else 'person' end,
                  'c' || g || '@' || $2 || '.load', '+86 139 ' || lpad(g::text, 8, '0'),
                  case when g % 20 = 0 then 'vip' when g % 5 = 0 then 'gold' else 'standard' end,
                  -- An address in one of eight provinces (region reports); every 13th has none.
                  case when g % 13 <> 0 then (array['310104', '440305', '110105', '330106', '510107',
                    '420106', '320102', '370102'])[1 + g % 8] end
           from generate_series(1, $3::int) g`,
    [t, opts.slug, customers],
  );
  await q(
    `insert into users (id, tenant_id, email, name, role, password_hash, customer_id)
           values ('usr_' || $1 || '_c', $1, 'customer@' || $2 || '.load', '客户 1', 'customer', $3, 'cus_' || $1 || '_1')`,
    [t, opts.slug, hash],
  );
  for (const [i, p] of DEMO_PRODUCTS.entries()) {
    await q(
      "insert into products (id, tenant_id, sku, name, category, warranty_months, skills) values ($1, $2, $3, $4, $5, $6, $7)",
      [`prd_${t}_${i}`, t, p.sku, p.name, p.category, p.warrantyMonths, [...p.skills]],
    );
  }
  await q(
    `insert into units (id, tenant_id, serial, product_id, customer_id, purchased_at, warranty_ends_at)
           select 'unt_' || $1 || '_' || g, $1, 'LD' || lpad(g::text, 9, '0'), 'prd_' || $1 || '_' || (g % ${DEMO_PRODUCTS.length}),
                  'cus_' || $1 || '_' || g, d, d + interval '24 months' - interval '1 day'
           from generate_series(1, $2::int) g, lateral (select (current_date - (g % 1500))::date as d) x`,
    [t, customers],
  );
  await generateCustomerActivity(q, t, customers);
  const batch = opts.batch ?? 50_000;
  for (let from = 1; from <= opts.tickets; from += batch) {
    const to = Math.min(opts.tickets, from + batch - 1);
    await q(
      `with s as (
         select g, random() as r1, random() as r2, random() as r3, random() as r4,
                -- Milliseconds, like every time the app writes: keyset cursors carry milliseconds.
                date_trunc('milliseconds', now() - (random() ^ 1.6) * interval '365 days') as created, 1 + floor(random() * $3)::int as cust
         from generate_series($2::int, $4::int) g)
       insert into tickets (id, tenant_id, number, subject, description, type, priority, status, channel, customer_id,
                            unit_id, unit_serial, warranty_status, assignee_id, escalation_level, created_at, updated_at,
                            first_responded_at, resolved_at, closed_at)
       select 'tkt_' || $1 || '_' || g, $1,
              'SO-' || extract(year from created) || '-' || case when g < 1000000 then lpad(g::text, 6, '0') else g::text end,
              (array['洗衣机脱水时剧烈震动','冰箱冷藏室不制冷','空调制热效果差','热水器点不着火','Robot vacuum offline','洗碗机洗不干净'])[1 + g % 6] || ' #' || g,
              '客户报修描述 ' || g, ${pickSql("r1", TYPES)}, case when r2 < 0.08 then 'A' when r2 < 0.35 then 'B' else 'C' end,
              st, ${pickSql("r3", CHANNELS)}, 'cus_' || $1 || '_' || cust,
              'unt_' || $1 || '_' || cust, 'LD' || lpad(cust::text, 9, '0'), case when r4 < 0.7 then 'in_warranty' else 'expired' end,
              case when st = 'new' then null else 'usr_' || $1 || '_a' || (1 + g % 20) end, case when r4 < 0.03 then 1 else 0 end,
              created, created + interval '2 hours',
              case when st = 'new' then null else created + interval '20 minutes' end,
              case when st in ('resolved','closed') then created + interval '1 day' end,
              case when st = 'closed' then created + interval '3 days' end
       from s, lateral (select case when created < now() - interval '14 days' then (case when r4 < 0.97 then 'closed' else 'resolved' end)
                                     when created < now() - interval '3 days' then (case when r4 < 0.6 then 'closed' when r4 < 0.75 then 'resolved' else ${pickSql("r3", OPEN)} end)
                                     else ${pickSql("r4", OPEN)} end as st) x`,
      [t, from, customers, to],
    );
    await q(
      `insert into ticket_events (id, tenant_id, ticket_id, type, actor_id, data, created_at)
       select 'evt_' || t.id || '_c', t.tenant_id, t.id, 'created', null, jsonb_build_object('number', t.number, 'type', t.type, 'priority', t.priority, 'channel', t.channel), t.created_at
       from tickets t where t.tenant_id = $1 and t.id in (select 'tkt_' || $1 || '_' || g from generate_series($2::int, $3::int) g)
       union all
       select 'evt_' || t.id || '_s', t.tenant_id, t.id, 'status_changed', t.assignee_id, jsonb_build_object('from', 'new', 'to', t.status, 'action', 'bulk'), t.updated_at
       from tickets t where t.tenant_id = $1 and t.status <> 'new' and t.id in (select 'tkt_' || $1 || '_' || g from generate_series($2::int, $3::int) g)`,
      [t, from, to],
    );
    await q(
      `insert into ticket_messages (id, tenant_id, ticket_id, body, visibility, channel, author_id, created_at)
       select 'msg_' || t.id || '_r', t.tenant_id, t.id, '您好，我们已收到您的报修，工程师将尽快联系您。', 'public', 'web', t.assignee_id, t.first_responded_at
       from tickets t where t.tenant_id = $1 and t.first_responded_at is not null and t.id in (select 'tkt_' || $1 || '_' || g from generate_series($2::int, $3::int) g)`,
      [t, from, to],
    );
    opts.onProgress?.(to, opts.tickets);
  }
  await q(
    `insert into ticket_counters (tenant_id, year, last) values ($1, extract(year from now())::int, $2)
           on conflict (tenant_id, year) do update set last = greatest(ticket_counters.last, excluded.last)`,
    [t, opts.tickets],
  );
  await q("analyze tickets");
  return {
    tenantId,
    agentEmail: `agent1@${opts.slug}.load`,
    customerEmail: `customer@${opts.slug}.load`,
    password: WORKLOAD_PASSWORD,
    tickets: opts.tickets,
  };
}
