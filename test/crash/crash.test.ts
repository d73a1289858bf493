import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bootstrapTenant } from "../../src/server/demo/bootstrap.js";
import { openDatabase } from "../../src/server/platform/db/client.js";
import { migrate } from "../../src/server/platform/db/migrate.js";

// A real server on PostgreSQL — one process, then a primary with two worker processes — takes
// 1,000 concurrent ticket creations and is killed with SIGKILL midway (every process of it at
// once). After a restart, everything it acknowledged must be there exactly once and whole.
const adminUrl = process.env.TEST_DATABASE_URL ?? "";

describe.each([1, 2])("crash safety with %i server process(es)", (workers) => {
  const dbName = `aftercare_crash_${process.pid}_${workers}`;
  const port = 3400 + (process.pid % 400) + workers * 2;
  const base = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), "aftercare-crash-"));
  let databaseUrl = "";
  let server: ChildProcess | undefined;
  // Processes the server forked (node:cluster workers run the same entry point). Other children
  // — tsx's esbuild service — come and go and are not workers.
  const workerProcesses = (child: ChildProcess) => {
    try {
      return execFileSync("pgrep", ["-P", String(child.pid), "-f", "src/server/main.ts"])
        .toString()
        .trim()
        .split("\n").length;
    } catch {
      return 0; // pgrep exits 1 when there are none
    }
  };
  // The server's whole process group: the primary and its workers, as a power cut would.
  const killAll = (child: ChildProcess) => {
    if (child.pid) process.kill(-child.pid, "SIGKILL");
  };

  async function admin(sql: string) {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(sql);
    await c.end();
  }

  async function startServer(): Promise<ChildProcess> {
    const child = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        HOST: "127.0.0.1",
        AFTERCARE_DEMO: "off",
        AFTERCARE_DATA_DIR: dataDir,
        AFTERCARE_LOG_LEVEL: "error",
        AFTERCARE_JOB_POLL_MS: "100",
        AFTERCARE_WORKERS: String(workers),
      },
      stdio: "ignore",
      detached: true,
    });
    for (let i = 0; i < 300; i++) {
      if (child.exitCode !== null) throw new Error("server exited during start");
      if (
        await fetch(`${base}/healthz`)
          .then((r) => r.ok)
          .catch(() => false)
      )
        return child;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error("server did not start");
  }

  async function call(method: string, url: string, token?: string, body?: unknown) {
    const res = await fetch(base + url, {
      method,
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, body: (await res.json().catch(() => null)) as any };
  }

  beforeAll(async () => {
    await admin(`drop database if exists ${dbName} with (force)`);
    await admin(`create database ${dbName}`);
    const url = new URL(adminUrl);
    url.pathname = `/${dbName}`;
    databaseUrl = url.toString();
    const database = await openDatabase({ databaseUrl });
    await migrate(database);
    await bootstrapTenant(database.db, {
      name: "Crash",
      slug: "crash",
      timezone: "Asia/Shanghai",
      defaultLocale: "en",
      adminEmail: "admin@crash.test",
      adminName: "Admin",
      adminPassword: "crash-password",
    });
    await database.close();
  });

  afterAll(async () => {
    if (server) killAll(server);
    await admin(`drop database if exists ${dbName} with (force)`).catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("keeps every acknowledged ticket exactly once, whole, with a valid audit chain and its side effects", async () => {
    server = await startServer();
    expect(workerProcesses(server)).toBe(workers > 1 ? workers : 0);
    const token = (
      await call("POST", "/api/v1/auth/login", undefined, {
        email: "admin@crash.test",
        password: "crash-password",
      })
    ).body.token as string;
    const customer = (
      await call("POST", "/api/v1/customers", token, {
        name: "Crash customer",
        kind: "person",
        email: "crash.customer@example.com",
      })
    ).body;
    const acknowledged: { id: string; number: string }[] = [];
    let failed = 0;
    const victim = server;
    const creations = Array.from({ length: 1000 }, (_, i) =>
      call("POST", "/api/v1/tickets", token, {
        subject: `Crash ${i}`,
        description: "d",
        type: "repair",
        customerId: customer.id,
      })
        .then((r) => {
          if (r.status === 201) {
            acknowledged.push({ id: r.body.id, number: r.body.number });
            if (acknowledged.length === 150) killAll(victim);
          } else failed++;
        })
        .catch(() => failed++),
    );
    await Promise.all(creations);
    expect(acknowledged.length).toBeGreaterThanOrEqual(150);
    expect(failed).toBeGreaterThan(0);

    server = await startServer();
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      const ids = acknowledged.map((t) => t.id);
      const present = await db.query(
        "select id, count(*)::int as n from tickets where id = any($1) group by id",
        [ids],
      );
      expect(present.rows.length).toBe(ids.length);
      expect(present.rows.every((r) => r.n === 1)).toBe(true);
      // Nothing half-written: every ticket in the database has its creation event and audit entry.
      const whole = await db.query(`select t.id,
          (select count(*)::int from ticket_events e where e.tenant_id = t.tenant_id and e.ticket_id = t.id and e.type = 'created') as events,
          (select count(*)::int from audit_log a where a.tenant_id = t.tenant_id and a.entity_id = t.id and a.action = 'ticket.created') as audits
        from tickets t`);
      expect(whole.rows.filter((r) => r.events !== 1 || r.audits !== 1)).toEqual([]);
      const orphans = await db.query(
        "select count(*)::int as n from ticket_events e where not exists (select 1 from tickets t where t.id = e.ticket_id)",
      );
      expect(orphans.rows[0].n).toBe(0);
      const numbers = await db.query(
        "select count(*)::int as n, count(distinct number)::int as d from tickets",
      );
      expect(numbers.rows[0].n).toBe(numbers.rows[0].d);
      // The audit chain verifies after the crash, once the restarted server has sealed what was
      // committed before the kill.
      let verify = await call("GET", "/api/v1/audit/verify", token);
      for (let i = 0; i < 100 && verify.body.pending > 0; i++) {
        await new Promise((r) => setTimeout(r, 100));
        verify = await call("GET", "/api/v1/audit/verify", token);
      }
      expect(verify.body).toMatchObject({ ok: true, pending: 0 });
      expect(verify.body.entries).toBeGreaterThan(ids.length);
      // Side effects queued with each ticket run once after the restart: one "received" notice each.
      // Jobs the killed process had claimed come back when their lock (60 s) runs out.
      for (let i = 0; i < 450; i++) {
        const pending = await db.query(
          "select count(*)::int as n from jobs where kind = 'channels.notify_customer' and status in ('queued','running')",
        );
        if (pending.rows[0].n === 0) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      const notices = await db.query(
        "select t.id, (select count(*)::int from outbound_messages o where o.ticket_id = t.id and o.kind = 'created') as n from tickets t",
      );
      expect(notices.rows.filter((r) => r.n !== 1)).toEqual([]);
      process.stdout.write(
        `crash test (${workers} process${workers > 1 ? "es" : ""}): ${acknowledged.length} acknowledged before SIGKILL, ${failed} refused or cut off, ${whole.rows.length} tickets after restart\n`,
      );
    } finally {
      await db.end();
    }
  });
});
