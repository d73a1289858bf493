import { createJobRunner } from "../src/server/app.js";
import { addBusinessMinutes, compileCalendar } from "../src/server/modules/sla/calendar.js";
import { chinaBusinessCalendar } from "../src/server/modules/sla/presets.js";
import type { Database } from "../src/server/platform/db/client.js";
import { newId } from "../src/server/platform/ids.js";
import { benchServices } from "./lib.js";

export type SlaBenchResult = {
  workload: string;
  database: string;
  dueTime: { span: string; perSecond: number }[];
  timers: {
    openTickets: number;
    due: number;
    loadSeconds: number;
    claimMs: number;
    claimPlan: string;
    usesDueIndex: boolean;
    fireSeconds: number;
    firedPerSecond: number;
  } | null;
};

const TENANTS = 8;

// (a) Due-time computations per second on the China business calendar (holidays and 调休 days as
// overrides): a short span walks a day or two, a 200-working-day span skips whole plain weeks.
function dueTimeRates(iterations: number) {
  const cal = compileCalendar(chinaBusinessCalendar());
  const base = Date.parse("2026-01-05T01:00:00Z");
  const spans: [string, number][] = [
    ["30 min", 30],
    ["4 h", 240],
    ["200 working days", 200 * 8 * 60],
  ];
  const run = ([span, minutes]: [string, number]) => {
    let sink = 0;
    const t0 = performance.now();
    for (let i = 0; i < iterations; i++) {
      // Starts spread over 150 days at odd minutes, inside and outside office hours.
      const start = new Date(base + ((i * 7_919_000) % (150 * 86_400_000)));
      sink += addBusinessMinutes(cal, start, minutes).getTime() % 7;
    }
    const perSecond = iterations / ((performance.now() - t0) / 1000);
    if (sink < 0) throw new Error("unreachable");
    return { span, perSecond };
  };
  // The first pass warms the JIT and the calendar's zone-offset and day caches for every span.
  for (const sp of spans) run(sp);
  return spans.map(run);
}

// Open tickets with a running first-response clock and a queued breach timer each (the columns of
// test/sla/sla-timers.int.test.ts), all due in a day except the first `due`, due a second ago.
async function plant(db: Database, prefix: string, total: number, due: number) {
  const step = 50_000;
  for (let start = 0; start < total; start += step) {
    const n = Math.min(step, total - start);
    await db.query(
      `with s as (select g, $1 || g as id, 'tnt_' || $1 || (g % ${TENANTS}) as tenant,
                         case when g < $3 then now() - interval '1 second' else now() + interval '1 day' end as due
                  from generate_series($2::int, $2::int + $4::int - 1) g),
            t as (insert into tickets (id, tenant_id, number, subject, description, type, priority, status, channel, customer_id, assignee_id)
                  select id, tenant, id, 'timer', 'd', 'repair', 'C', 'in_progress', 'web', 'cus_x', 'usr_x' from s),
            st as (insert into sla_targets (tenant_id, ticket_id, metric, policy_id, calendar_id, budget_ms, running_since, due_at, status, generation)
                   select tenant, id, 'first_response', 'pol_x', 'cal_x', 60000, now(), due, 'running', 1 from s)
       insert into jobs (tenant_id, kind, payload, run_at, singleton_key)
       select tenant, 'sla.timer',
              jsonb_build_object('tenantId', tenant, 'ticketId', id, 'metric', 'first_response', 'kind', 'breach', 'generation', 1),
              due, 'sla:' || id || ':first_response:breach:1'
       from s`,
      [prefix, start, due, n],
    );
  }
  await db.query("analyze tickets");
  await db.query("analyze sla_targets");
  await db.query("analyze jobs");
}

// The runner's claim (its inner SELECT … FOR UPDATE SKIP LOCKED), explained with real timings.
async function explainClaim(db: Database) {
  const rows = await db.query<Record<string, string>>(
    `explain (analyze, buffers off) select id from jobs where status = 'queued' and run_at <= now()
     order by run_at, id limit 20 for update skip locked`,
  );
  const plan = rows.map((r) => Object.values(r)[0] ?? "").join("\n");
  const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? Number.NaN);
  return { plan, ms, usesDueIndex: plan.includes("jobs_due_idx") };
}

async function cleanup(db: Database, prefix: string) {
  const tenants = Array.from({ length: TENANTS }, (_, i) => `tnt_${prefix}${i}`);
  for (const table of ["jobs", "sla_targets", "ticket_events", "audit_log", "audit_heads", "tickets"])
    await db.query(`delete from ${table} where tenant_id = any($1)`, [tenants]);
}

// (b) Finding and firing the due timers among `openTickets` open tickets with the real JobRunner.
export async function benchSla(opts: { openTickets: number; due: number; iterations: number }) {
  const dueTime = dueTimeRates(opts.iterations);
  if (opts.openTickets <= 0) return { workload: "due-time only", database: "-", dueTime, timers: null };
  const { services, database } = await benchServices();
  const prefix = newId("sb")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
  try {
    const t0 = performance.now();
    await plant(database, prefix, opts.openTickets, opts.due);
    const loadSeconds = (performance.now() - t0) / 1000;
    const claim = await explainClaim(database);
    const runner = createJobRunner(services);
    const t1 = performance.now();
    while (await runner.tick()) {
      // Claims batches until one comes back short: every due timer has fired.
    }
    const fireSeconds = (performance.now() - t1) / 1000;
    const [fired] = await database.query<{ n: number }>(
      "select count(*)::int as n from ticket_events where type = 'sla_breached' and tenant_id like $1",
      [`tnt_${prefix}%`],
    );
    if ((fired?.n ?? 0) !== opts.due) throw new Error(`fired ${fired?.n} of ${opts.due} due timers`);
    const result: SlaBenchResult = {
      workload: `${opts.openTickets.toLocaleString("en-US")} open tickets with a running clock and a breach timer each, ${opts.due} due now; due-time: ${opts.iterations.toLocaleString("en-US")} computations per span`,
      database: database.kind,
      dueTime,
      timers: {
        openTickets: opts.openTickets,
        due: opts.due,
        loadSeconds,
        claimMs: claim.ms,
        claimPlan: claim.plan,
        usesDueIndex: claim.usesDueIndex,
        fireSeconds,
        firedPerSecond: opts.due / fireSeconds,
      },
    };
    await cleanup(database, prefix);
    return result;
  } finally {
    await database.close();
  }
}

// 1,000,000 open tickets on PostgreSQL, 100,000 on PGlite; BENCH_SLA_TICKETS overrides (0 skips).
export const defaultSlaTickets = () =>
  Number(process.env.BENCH_SLA_TICKETS ?? (process.env.DATABASE_URL ? 1_000_000 : 100_000));

// `npx tsx bench/sla.bench.ts` runs it alone.
if (process.argv[1]?.endsWith("sla.bench.ts")) {
  benchSla({ openTickets: defaultSlaTickets(), due: 1000, iterations: 20_000 }).then((r) => {
    process.stdout.write(`SLA (${r.workload}, ${r.database}):\n`);
    for (const d of r.dueTime)
      process.stdout.write(`  due time, ${d.span}: ${Math.round(d.perSecond).toLocaleString("en-US")}/s\n`);
    if (r.timers)
      process.stdout.write(
        `  planted in ${r.timers.loadSeconds.toFixed(1)} s; claim query ${r.timers.claimMs.toFixed(2)} ms (jobs_due_idx: ${r.timers.usesDueIndex})\n${r.timers.claimPlan}\n` +
          `  fired ${r.timers.due} due timers in ${r.timers.fireSeconds.toFixed(2)} s = ${Math.round(r.timers.firedPerSecond)}/s\n`,
      );
  });
}
