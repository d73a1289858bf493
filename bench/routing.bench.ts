import { bootstrapTenant } from "../src/server/demo/bootstrap.js";
import {
  type Candidate,
  DEFAULT_SETTINGS,
  decide,
  drainQueueInChunks,
} from "../src/server/modules/assignment/index.js";
import { newId } from "../src/server/platform/ids.js";
import { benchServices } from "./lib.js";

export type RoutingBenchResult = {
  workload: string;
  database: string;
  decisionsPerSecond: number;
  // cpuSeconds: this process's CPU time for the drain (on PGlite the database runs in-process too),
  // a figure that a busy shared machine inflates far less than wall-clock seconds.
  drain: { assigned: number; seconds: number; perSecond: number; cpuSeconds: number };
};

const SKILLS = ["washer", "fridge", "aircon", "dishwasher", "vip"];

// Assignment decisions per second: the pure decide() over 200 realistic candidates, and the
// end-to-end drain of a queue of queued tickets from the database (each assignment writes the
// ticket, its events and an audit entry).
export async function benchRouting(opts: { agents: number; queued: number }): Promise<RoutingBenchResult> {
  const pool: Candidate[] = Array.from({ length: opts.agents }, (_, i) => ({
    userId: `u${i}`,
    skills: SKILLS.filter((_, k) => (i + k) % 3 !== 0),
    open: i % 7,
    capacity: 60,
    lastAssignedAt: i % 5 === 0 ? null : Date.now() - i * 1000,
  }));
  const needs = Array.from({ length: opts.queued }, (_, i) => ({
    skills: [SKILLS[i % 4] as string],
    tier: i % 10 === 0 ? "gold" : "standard",
    type: "repair",
  }));
  const t0 = performance.now();
  let made = 0;
  for (const n of needs) {
    const d = decide(pool, n, DEFAULT_SETTINGS);
    const c = d && pool.find((p) => p.userId === d.userId);
    if (c) {
      c.open = c.open < c.capacity - 1 ? c.open + 1 : c.open % 7; // keep the pool realistic, never empty
      made++;
    }
  }
  const decisionsPerSecond = made / ((performance.now() - t0) / 1000);

  const { services, database } = await benchServices();
  try {
    const slug = newId("rb").toLowerCase();
    const { tenantId } = await bootstrapTenant(services.db, {
      name: "Routing bench",
      slug,
      timezone: "Asia/Shanghai",
      defaultLocale: "en",
      adminEmail: `admin.${slug}@bench.local`,
      adminName: "Bench",
      adminPassword: "bench-password",
    });
    const perAgent = Math.ceil(opts.queued / opts.agents);
    const now = new Date();
    await database.query(
      `insert into users (id, tenant_id, email, name, role, password_hash, skills, max_open_tickets)
       select 'usr_rb' || g || '_' || $1, $1, 'a' || g || '.' || $1 || '@bench.local', 'Agent ' || g, 'agent', 'x', '{}', $2
       from generate_series(1, $3) g`,
      [tenantId, perAgent, opts.agents],
    );
    await database.query(
      `insert into agent_presence (tenant_id, user_id, status, last_seen_at, changed_at)
       select $1, 'usr_rb' || g || '_' || $1, 'online', $2, $2 from generate_series(1, $3) g`,
      [tenantId, now.toISOString(), opts.agents],
    );
    await database.query(
      `insert into customers (id, tenant_id, name, kind, tier) values ('cus_rb_' || $1, $1, 'Bench', 'company', 'standard')`,
      [tenantId],
    );
    await database.query(
      `insert into tickets (id, tenant_id, number, subject, description, type, priority, status, channel, customer_id, created_at, updated_at)
       select 'tkt_rb' || lpad(g::text, 6, '0') || $1, $1, 'RB-' || g, 'Queued ' || g, 'd', 'repair',
              (array['A','B','C'])[1 + g % 3], 'new', 'web', 'cus_rb_' || $1,
              $2::timestamptz + make_interval(secs => g), $2::timestamptz
       from generate_series(1, $3) g`,
      [tenantId, now.toISOString(), opts.queued],
    );
    const started = performance.now();
    const cpu0 = process.cpuUsage();
    const assigned = await drainQueueInChunks(services, tenantId, new Date());
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    return {
      workload: `${opts.agents} agents online, ${opts.queued} queued tickets`,
      database: database.kind,
      decisionsPerSecond,
      drain: { assigned, seconds, perSecond: assigned / seconds, cpuSeconds },
    };
  } finally {
    await database.close();
  }
}

// `npx tsx bench/routing.bench.ts` runs it alone.
if (process.argv[1]?.endsWith("routing.bench.ts")) {
  const agents = Number(process.env.BENCH_AGENTS ?? 200);
  const queued = Number(process.env.BENCH_QUEUED ?? 10_000);
  benchRouting({ agents, queued }).then((r) => {
    process.stdout.write(
      `routing (${r.workload}, ${r.database}):\n  decide(): ${Math.round(r.decisionsPerSecond).toLocaleString("en-US")} decisions/s\n` +
        `  drain from database: ${r.drain.assigned} assigned in ${r.drain.seconds.toFixed(2)} s = ${Math.round(r.drain.perSecond)} assignments/s (${r.drain.cpuSeconds.toFixed(2)} CPU s)\n`,
    );
  });
}
