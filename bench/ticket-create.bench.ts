import { bootstrapTenant } from "../src/server/demo/bootstrap.js";
import { seedSlaDefaults } from "../src/server/modules/sla/index.js";
import { newId } from "../src/server/platform/ids.js";
import { benchServices, countStatements, measure, type Stats } from "./lib.js";

const AGENTS = 5;

export type TicketCreateResult = {
  workload: string;
  database: string;
  raw: Stats;
  http: Stats;
  ratio: number;
  statementsPerCreation: number | null;
  // Measured over the concurrent run: statements sent and app CPU time per creation.
  concurrentStatementsPerCreation: number | null;
  cpuMsPerCreation: number;
  rssMiB: number;
};

// Ticket creation through the HTTP API (validation, auth, number, warranty, event, audit chain, one
// transaction) against the plain single-row INSERT rate of the same database, same concurrency.
export async function benchTicketCreate(opts: {
  count: number;
  concurrency: number;
}): Promise<TicketCreateResult> {
  const { services, app, database } = await benchServices();
  try {
    const slug = newId("bench").toLowerCase();
    const email = `admin.${slug}@bench.local`;
    const { tenantId } = await bootstrapTenant(services.db, {
      name: "Bench",
      slug,
      timezone: "Asia/Shanghai",
      defaultLocale: "en",
      adminEmail: email,
      adminName: "Bench",
      adminPassword: "bench-password",
    });
    const call = async (method: string, url: string, token: string | undefined, body: unknown) => {
      const res = await app.request(url, {
        method,
        headers: {
          "content-type": "application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      });
      if (res.status >= 300) throw new Error(`${url} → ${res.status} ${await res.text()}`);
      return res.json() as Promise<Record<string, string>>;
    };
    const { token } = await call("POST", "/api/v1/auth/login", undefined, {
      email,
      password: "bench-password",
    });
    const customer = await call("POST", "/api/v1/customers", token, {
      name: "Bench customer",
      kind: "company",
      tier: "gold",
    });
    await call("POST", "/api/v1/products", token, {
      sku: "BENCH-1",
      name: "Bench washer",
      warrantyMonths: 24,
    });
    await call("POST", "/api/v1/units", token, {
      serial: "BENCH-SN-1",
      productSku: "BENCH-1",
      customerId: customer.id,
      purchasedAt: "2026-01-15",
    });

    // A tenant as it runs in production: the default SLA policies (targets, timers, escalation)
    // and five online agents who take tickets up to their capacity, after which tickets queue.
    await services.db.transaction((tx) => seedSlaDefaults(tx, tenantId, new Date()));
    for (let a = 1; a <= AGENTS; a++) {
      const agentEmail = `agent${a}.${slug}@bench.local`;
      await call("POST", "/api/v1/users", token, {
        email: agentEmail,
        name: `Agent ${a}`,
        role: "agent",
        password: "bench-password",
        skills: ["vip"],
        maxOpenTickets: 20,
      });
      const agent = (await call("POST", "/api/v1/auth/login", undefined, {
        email: agentEmail,
        password: "bench-password",
      })) as unknown as { token: string; user: { id: string } };
      await call("PUT", `/api/v1/users/${agent.user.id}/presence`, agent.token, { status: "online" });
    }

    await database.query(
      "create table if not exists bench_raw (id text primary key, tenant_id text not null, payload text not null, created_at timestamptz not null default now())",
    );
    await database.query("truncate bench_raw");
    const raw = await measure(opts.count, opts.concurrency, async (i) => {
      await database.query("insert into bench_raw (id, tenant_id, payload) values ($1, $2, $3)", [
        newId("raw"),
        slug,
        `row ${i}`,
      ]);
    });
    const create = (i: number) =>
      call("POST", "/api/v1/tickets", token, {
        subject: `Washer vibrates #${i}`,
        description: "Strong vibration during the spin cycle",
        type: "repair",
        priority: "B",
        customerId: customer.id,
        unitSerial: "BENCH-SN-1",
      });
    let http: Stats | undefined;
    const cpu0 = process.cpuUsage();
    const concurrentStatements = await countStatements(database.kind, async () => {
      http = await measure(opts.count, opts.concurrency, async (i) => void (await create(i)));
    });
    const cpu = process.cpuUsage(cpu0);
    if (!http) throw new Error("no measurement");
    // What one creation costs the database once the agents are full: statements sent, one at a time.
    const sample = 20;
    const statements = await countStatements(database.kind, async () => {
      for (let i = 0; i < sample; i++) await create(opts.count + i);
    });
    await database.query("drop table bench_raw");
    return {
      workload: `${opts.count} POST /api/v1/tickets (unit + warranty lookup, default SLA policies, ${AGENTS} online agents taking ${AGENTS * 20} tickets, then queueing) vs ${opts.count} single-row INSERTs, ${opts.concurrency} in flight`,
      database: database.kind,
      raw,
      http,
      ratio: http.perSecond / raw.perSecond,
      statementsPerCreation: statements === null ? null : statements / sample,
      concurrentStatementsPerCreation:
        concurrentStatements === null ? null : concurrentStatements / opts.count,
      cpuMsPerCreation: (cpu.user + cpu.system) / 1000 / opts.count,
      rssMiB: process.memoryUsage().rss / 2 ** 20,
    };
  } finally {
    await database.close();
  }
}
