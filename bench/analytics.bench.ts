import { sql } from "drizzle-orm";
import { rebuildTenant, refreshTenant } from "../src/server/modules/analytics/index.js";
import { generateWorkload, WORKLOAD_PASSWORD } from "../src/server/ops/workload.js";
import { benchServices, fmt, measure } from "./lib.js";
import { benchReports } from "./reports.bench.js";

// `DATABASE_URL=… npx tsx bench/analytics.bench.ts`: the supervisor dashboard (every KPI, 12 months,
// one tenant) on a generated tenant of BENCH_ANALYTICS_TICKETS tickets (default 1,000,000), the
// first load of its rollups, and what keeping them up to date costs per ticket change; then typical
// report-builder reports and the Excel export (reports.bench.ts).
const size = Number(process.env.BENCH_ANALYTICS_TICKETS ?? 1_000_000);
const iterations = Number(process.env.BENCH_ANALYTICS_ITERATIONS ?? 50);
// Reports read facts, not rollups: fewer rounds (BENCH_REPORTS_BEFORE=1 also measures them without
// the facts' day index, the "before").
const reportIterations = Number(process.env.BENCH_REPORTS_ITERATIONS ?? 10);

// BENCH_ANALYTICS_REUSE=<slug> measures a tenant an earlier run generated (its rollups and
// customer summary already loaded) instead of generating a new one.
const reuse = process.env.BENCH_ANALYTICS_REUSE;

const { app, database, services } = await benchServices();
try {
  const slug = reuse ?? `an${size}-${Date.now().toString(36)}`;
  let t = performance.now();
  const w = reuse ? await reusedWorkload(reuse) : await generateWorkload(database, { tickets: size, slug });
  const loadS = (performance.now() - t) / 1000;
  t = performance.now();
  if (!reuse) await rebuildTenant(services.db, w.tenantId, new Date());
  const rebuildS = (performance.now() - t) / 1000;
  const [cells] = await database.query<{ n: number }>(
    "select count(*)::int as n from analytics_rollups where tenant_id = $1",
    [w.tenantId],
  );

  const res = await app.request("/api/v1/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: `admin@${slug}.load`, password: w.password }),
  });
  const token = ((await res.json()) as { token: string }).token;
  const get = async (url: string) => {
    const r = await app.request(url, { headers: { authorization: `Bearer ${token}` } });
    if (r.status !== 200) throw new Error(`${url} → ${r.status}`);
    await r.json();
  };
  const to = new Date().toISOString().slice(0, 10);
  const from = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
  const cases: [string, string][] = [
    [
      "dashboard: every KPI, 12 months by month",
      `/api/v1/analytics/dashboard?from=${from}&to=${to}&groupBy=month`,
    ],
    [
      "dashboard: every KPI, 12 months by day",
      `/api/v1/analytics/dashboard?from=${from}&to=${to}&groupBy=day`,
    ],
    ["KPI: fcr_rate by agent, 12 months", `/api/v1/kpis/fcr_rate?from=${from}&to=${to}&groupBy=agent`],
    [
      "customer KPI: referral_rate by month, 12 months",
      `/api/v1/kpis/referral_rate?from=${from}&to=${to}&groupBy=month`,
    ],
  ];
  const lines: string[] = [];
  // The customer KPIs' summary is refreshed by the first request (the generated customers are all
  // marked): outside the measured rounds, like the rollups' first load.
  t = performance.now();
  await get(`/api/v1/kpis/churn_rate?from=${from}&to=${to}`);
  lines.push(
    `  first customer KPI request (fills the customer summary) ${fmt((performance.now() - t) / 1000)} s`,
  );
  for (const [name, url] of cases) {
    for (let i = 0; i < 5; i++) await get(url);
    const s = await measure(iterations, 1, () => get(url));
    lines.push(`  ${name}: p50 ${fmt(s.p50)} ms, p95 ${fmt(s.p95)} ms`);
  }
  lines.push(
    ...(await benchReports({
      app,
      database,
      services,
      tenantId: w.tenantId,
      token,
      iterations: reportIterations,
      withoutIndex: process.env.BENCH_REPORTS_BEFORE === "1",
    })),
  );

  // Maintenance: tickets marked as changed (as the TICKET_CHANGED subscriber does), then refreshed.
  const picked = await database.query<{ id: string }>(
    "select id from tickets where tenant_id = $1 order by random() limit $2",
    [w.tenantId, 1000 + iterations],
  );
  const ids = picked.map((r) => r.id);
  const mark = (list: string[]) =>
    services.db.execute(sql`insert into analytics_dirty_tickets (tenant_id, ticket_id)
      select ${w.tenantId}, unnest(${`{${list.join(",")}}`}::text[]) on conflict do nothing`);
  await mark(ids.slice(0, 1000));
  t = performance.now();
  await refreshTenant(services.db, w.tenantId, new Date());
  const batchMs = (performance.now() - t) / 1000;
  const single = await measure(iterations, 1, async (i) => {
    await mark(ids.slice(1000 + i, 1001 + i));
    await refreshTenant(services.db, w.tenantId, new Date());
  });
  process.stdout.write(
    `analytics (${w.tickets.toLocaleString("en-US")} generated tickets, ${database.kind}):\n` +
      (reuse
        ? `  reused tenant ${reuse}; ${cells?.n} rollup rows\n`
        : `  generate ${fmt(loadS)} s; first load of the rollups (rebuild) ${fmt(rebuildS)} s; ${cells?.n} rollup rows\n`) +
      `${lines.join("\n")}\n` +
      `  maintenance: 1,000 changed tickets refreshed at ${fmt(batchMs, 2)} ms per ticket; ` +
      `one changed ticket marked + refreshed p50 ${fmt(single.p50)} ms, p95 ${fmt(single.p95)} ms\n`,
  );
} finally {
  await database.close();
}

async function reusedWorkload(slug: string) {
  const [tenant] = await database.query<{ id: string }>("select id from tenants where slug = $1", [slug]);
  if (!tenant) throw new Error(`no tenant ${slug}`);
  const [n] = await database.query<{ n: number }>(
    "select count(*)::int as n from tickets where tenant_id = $1",
    [tenant.id],
  );
  return { tenantId: tenant.id, password: WORKLOAD_PASSWORD, tickets: n?.n ?? 0 };
}
