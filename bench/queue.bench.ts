import { generateWorkload, WORKLOAD_PASSWORD, type Workload } from "../src/server/ops/workload.js";
import type { Database } from "../src/server/platform/db/client.js";
import { benchServices, measure, type Stats } from "./lib.js";

export type QueueRow = { name: string; tickets: number; stats: Stats };
export type QueueResult = { workload: string; database: string; rows: QueueRow[]; rssMiB: number };

// BENCH_QUEUE_REUSE=1: measure the newest load tenant of that size an earlier run left in the
// database (slug q<size>-…) instead of generating another, e.g. after a migration of that data.
async function earlierWorkload(database: Database, size: number): Promise<Workload | undefined> {
  if (process.env.BENCH_QUEUE_REUSE !== "1") return undefined;
  const [row] = await database.query<{ id: string; slug: string }>(
    "select id, slug from tenants where slug like $1 order by created_at desc limit 1",
    [`q${size}-%`],
  );
  if (!row) return undefined;
  return {
    tenantId: row.id,
    agentEmail: `agent1@${row.slug}.load`,
    customerEmail: `customer@${row.slug}.load`,
    password: WORKLOAD_PASSWORD,
    tickets: size,
  };
}

// Read paths at two sizes in one database: the agent queue (filters + sort + keyset page), the ticket
// page, the customer's "my tickets" and search. Each figure is sequential requests through the app.
export async function benchQueue(opts: {
  small: number;
  large: number;
  iterations: number;
}): Promise<QueueResult> {
  const { app, database } = await benchServices();
  try {
    const rows: QueueRow[] = [];
    for (const size of [opts.small, opts.large]) {
      const w =
        (await earlierWorkload(database, size)) ??
        (await generateWorkload(database, {
          tickets: size,
          slug: `q${size}-${Date.now().toString(36)}`,
        }));
      const login = async (email: string) => {
        const res = await app.request("/api/v1/auth/login", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email, password: w.password }),
        });
        return ((await res.json()) as { token: string }).token;
      };
      const agent = await login(w.agentEmail);
      const customer = await login(w.customerEmail);
      const get = async (url: string, token: string) => {
        const res = await app.request(url, { headers: { authorization: `Bearer ${token}` } });
        if (res.status !== 200) throw new Error(`${url} → ${res.status}`);
        return res.json() as Promise<{ items?: { id: string }[]; nextCursor?: string | null }>;
      };
      const first = await get("/api/v1/tickets?status=open&limit=50", agent);
      const cursor = first.nextCursor ?? "";
      const some = (await get("/api/v1/tickets?limit=200", agent)).items?.map((i) => i.id) ?? [];
      const cases: [string, (i: number) => Promise<unknown>][] = [
        ["queue: open, newest first, 50", () => get("/api/v1/tickets?status=open&limit=50", agent)],
        [
          "queue: open + priority A, by priority",
          () => get("/api/v1/tickets?status=open&priority=A&sort=priority&limit=50", agent),
        ],
        [
          "queue: page 2 (keyset cursor)",
          () => get(`/api/v1/tickets?status=open&limit=50&cursor=${cursor}`, agent),
        ],
        [
          "queue: my open (assignee=me)",
          () => get("/api/v1/tickets?status=open&assigneeId=me&limit=50", agent),
        ],
        [
          "ticket page (ticket + messages + events)",
          (i) => {
            const id = some[i % some.length];
            return Promise.all([
              get(`/api/v1/tickets/${id}`, agent),
              get(`/api/v1/tickets/${id}/messages`, agent),
              get(`/api/v1/tickets/${id}/events`, agent),
            ]);
          },
        ],
        ["customer: my tickets", () => get("/api/v1/tickets?limit=20", customer)],
        [
          "search: subject/number (q=冰箱)",
          () => get(`/api/v1/tickets?q=${encodeURIComponent("冰箱")}&limit=50`, agent),
        ],
        // A phrase whose pairs are all common (1 ticket in 6), and a word no ticket contains.
        [
          "search: common phrase (q=冰箱冷藏)",
          () => get(`/api/v1/tickets?q=${encodeURIComponent("冰箱冷藏")}&limit=50`, agent),
        ],
        [
          "search: no match (q=漏水)",
          () => get(`/api/v1/tickets?q=${encodeURIComponent("漏水")}&limit=50`, agent),
        ],
      ];
      for (const [name, run] of cases) {
        for (let i = 0; i < 10; i++) await run(i);
        rows.push({
          name,
          tickets: size,
          stats: await measure(opts.iterations, 1, async (i) => void (await run(i))),
        });
      }
    }
    return {
      workload: `${opts.small.toLocaleString("en-US")} and ${opts.large.toLocaleString("en-US")} generated tickets (seed --tickets), ${opts.iterations} sequential requests per case after 10 warm-up`,
      database: database.kind,
      rows,
      rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20),
    };
  } finally {
    await database.close();
  }
}
