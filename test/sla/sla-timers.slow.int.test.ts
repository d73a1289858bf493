import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJobRunner, createServices } from "../../src/server/app.js";
import { systemClock } from "../../src/server/platform/clock.js";
import type { Services } from "../../src/server/platform/context.js";
import { type Database, openDatabase } from "../../src/server/platform/db/client.js";
import { createLogger } from "../../src/server/platform/logger.js";
import { harnessPerFile } from "../fixtures.js";
import { testDbKind } from "../test-database.js";

// Real time: the runner fires timers on the wall clock. A slow test (npm run test:fast leaves it out).
const { h } = harnessPerFile();
let second: Database | undefined;
// 10,000 timers due over a minute on PostgreSQL (two runners); PGlite is one in-process connection.
const COUNT = testDbKind() === "postgres" ? 10_000 : 400;
const SPREAD_MS = testDbKind() === "postgres" ? 90_000 : 20_000;
const TENANTS = 8;

// Inserts open tickets with a running first-response clock and its breach timer, due over a window.
async function plantTimers(db: Database, prefix: string, count: number, firstInMs: number, spreadMs: number) {
  for (let start = 0; start < count; start += 1000) {
    const n = Math.min(1000, count - start);
    await db.query(
      `with s as (select g, $1 || g as id, 'tnt_' || $1 || (g % ${TENANTS}) as tenant,
                         now() + make_interval(secs => ($3 + g * $4::float8 / $5) / 1000.0) as due
                  from generate_series($2::int, $2::int + $6::int - 1) g),
            t as (insert into tickets (id, tenant_id, number, subject, description, type, priority, status, channel, customer_id, assignee_id)
                  select id, tenant, id, 'timer', 'd', 'repair', 'C', 'in_progress', 'web', 'cus_x', 'usr_x' from s),
            st as (insert into sla_targets (tenant_id, ticket_id, metric, policy_id, calendar_id, budget_ms, running_since, due_at, status, generation)
                   select tenant, id, 'first_response', 'pol_x', 'cal_x', 60000, now(), due, 'running', 1 from s)
       insert into jobs (tenant_id, kind, payload, run_at, singleton_key)
       select tenant, 'sla.timer',
              jsonb_build_object('tenantId', tenant, 'ticketId', id, 'metric', 'first_response', 'kind', 'breach', 'generation', 1),
              due, 'sla:' || id || ':first_response:breach:1'
       from s`,
      [prefix, start, firstInMs, spreadMs, count, n],
    );
  }
}

async function waitFor(check: () => Promise<boolean>, limitMs: number) {
  const until = Date.now() + limitMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

const breachEvents = async (prefix: string) =>
  (
    await h.database.query<{ n: number; tickets: number }>(
      `select count(*)::int as n, count(distinct ticket_id)::int as tickets from ticket_events
       where type = 'sla_breached' and ticket_id like $1`,
      [`${prefix}%`],
    )
  )[0] ?? { n: 0, tickets: 0 };

beforeAll(async () => {
  if (testDbKind() === "postgres") {
    const [row] = await h.database.query<{ db: string }>("select current_database() as db");
    const url = new URL(process.env.TEST_DATABASE_URL ?? "");
    url.pathname = `/${row?.db}`;
    second = await openDatabase({ databaseUrl: url.toString(), poolSize: 3 });
  }
});
afterAll(async () => second?.close());

function services(database: Database): Services {
  const config = { ...h.services.config, jobPollMs: 100 };
  return createServices({ database, config, clock: systemClock, logger: createLogger("silent") });
}

describe("SLA timers", () => {
  it(`fires ${COUNT} timers exactly once and never before they are due, with ${testDbKind() === "postgres" ? "two runners" : "one runner"}`, async () => {
    await plantTimers(h.database, "tkm", COUNT, 1500, SPREAD_MS);
    const runners = [createJobRunner(services(h.database))];
    if (second) runners.push(createJobRunner(services(second)));
    for (const r of runners) r.start();
    try {
      await waitFor(async () => (await breachEvents("tkm")).n >= COUNT, SPREAD_MS + 30_000);
    } finally {
      await Promise.all(runners.map((r) => r.stop()));
    }
    expect(await breachEvents("tkm")).toEqual({ n: COUNT, tickets: COUNT });
    // By the database clock, no timer's transaction ran before it was due (a breach announced early
    // is a false alarm). How late they run depends on the machine's load: measured, not asserted.
    const [early] = await h.database.query<{ n: number }>(
      `select count(*)::int as n from jobs
       where kind = 'sla.timer' and singleton_key like 'sla:tkm%' and finished_at < run_at`,
    );
    expect(early?.n).toBe(0);
    const states = await h.database.query<{ sla_state: string; n: number }>(
      "select sla_state, count(*)::int as n from tickets where id like 'tkm%' group by sla_state",
    );
    expect(states).toEqual([{ sla_state: "breached", n: COUNT }]);
  }, 200_000);

  it("fires a timer that came due while no runner was running, once, on the next start", async () => {
    const first = createJobRunner(services(h.database));
    first.start();
    await first.stop();
    await plantTimers(h.database, "tkr", 3, 0, 1);
    await new Promise((r) => setTimeout(r, 50));
    const next = createJobRunner(services(second ?? h.database));
    next.start();
    try {
      await waitFor(async () => (await breachEvents("tkr")).n >= 3, 10_000);
      await new Promise((r) => setTimeout(r, 300));
    } finally {
      await next.stop();
    }
    expect(await breachEvents("tkr")).toEqual({ n: 3, tickets: 3 });
    // A second pass over the same jobs finds nothing to do.
    await h.jobs.tick();
    expect((await breachEvents("tkr")).n).toBe(3);
  }, 30_000);
});
