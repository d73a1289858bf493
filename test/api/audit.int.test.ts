import { describe, expect, it } from "vitest";
import { auditDeps, sealAuditLog } from "../../src/server/platform/audit/audit-sealer.js";
import { worldPerFile } from "../fixtures.js";

const { h, worlds } = worldPerFile("a", "v");
const [w, victim] = worlds;

// The sealer chains entries after commit (every job-runner tick); verify what it has sealed.
const verify = async (token: string) => {
  await sealAuditLog(auditDeps(h.services));
  return h.call("GET", "/api/v1/audit/verify", { token });
};

type Row = {
  tenant_id: string;
  id: string;
  seq: number;
  at: string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  data: string;
  prev_hash: string;
  hash: string;
  salt: string | null;
  leaf_hash: string | null;
};

// Reads one audit row in a form that can be written back unchanged (text for time and jsonb).
async function readRow(tenantId: string, seq: number): Promise<Row> {
  const [row] = await h.database.query<Row>(
    "select tenant_id, id, seq::int as seq, at::text as at, actor_id, action, entity_type, entity_id, data::text as data, prev_hash, hash, salt, leaf_hash from audit_log where tenant_id = $1 and seq = $2",
    [tenantId, seq],
  );
  if (!row) throw new Error(`no audit row ${seq}`);
  return row;
}
async function writeBack(r: Row): Promise<void> {
  await h.database.query(
    "insert into audit_log (tenant_id, id, seq, at, actor_id, action, entity_type, entity_id, data, prev_hash, hash, salt, leaf_hash) values ($1, $2, $3, $4::timestamptz, $5, $6, $7, $8, $9::jsonb, $10, $11, $12, $13)",
    [
      r.tenant_id,
      r.id,
      r.seq,
      r.at,
      r.actor_id,
      r.action,
      r.entity_type,
      r.entity_id,
      r.data,
      r.prev_hash,
      r.hash,
      r.salt,
      r.leaf_hash,
    ],
  );
}
async function lastSeq(tenantId: string): Promise<number> {
  const [row] = await h.database.query<{ n: number }>(
    "select max(seq)::int as n from audit_log where tenant_id = $1",
    [tenantId],
  );
  return row?.n ?? 0;
}
const countFor = async (entityId: string) =>
  (
    await h.database.query<{ n: number }>("select count(*)::int as n from audit_log where entity_id = $1", [
      entityId,
    ])
  )[0]?.n;

describe("verifying the chain", () => {
  it("reports an intact chain after ordinary activity", async () => {
    const r = await verify(w.admin.token);
    expect(r.status).toBe(200);
    expect(r.body.ok).toBe(true);
    expect(r.body.entries).toBeGreaterThan(5);
    expect(r.body.entries).toBe(await lastSeq(w.tenantId));
    expect(r.body).not.toHaveProperty("firstBrokenAt");
  });

  it("is for admins only", async () => {
    for (const token of [w.supervisor.token, w.agent.token, w.qa.token, w.dealer.token, w.aliceUser.token]) {
      const r = await verify(token);
      expect(r.status).toBe(403);
      expect(r.body.error.code).toBe("auth.forbidden");
    }
    expect((await h.call("GET", "/api/v1/audit", { token: w.supervisor.token })).status).toBe(403);
    expect((await verify("")).status).toBe(401);
  });

  it("finds an edited entry", async () => {
    const seq = 3;
    const original = await readRow(victim.tenantId, seq);
    await h.database.query(
      `update audit_log set data = jsonb_set(data, '{tampered}', 'true'::jsonb) where tenant_id = $1 and seq = $2`,
      [victim.tenantId, seq],
    );
    const broken = await verify(victim.admin.token);
    expect(broken.body).toMatchObject({ ok: false, firstBrokenAt: seq });
    // the other tenant's chain is unaffected
    expect((await verify(w.admin.token)).body.ok).toBe(true);
    // a different actor is just as visible as different data
    await h.database.query(
      "update audit_log set data = $3::jsonb, actor_id = null where tenant_id = $1 and seq = $2",
      [victim.tenantId, seq, original.data],
    );
    expect((await verify(victim.admin.token)).body).toMatchObject({ ok: false, firstBrokenAt: seq });
    await h.database.query("update audit_log set actor_id = $3 where tenant_id = $1 and seq = $2", [
      victim.tenantId,
      seq,
      original.actor_id,
    ]);
    expect((await verify(victim.admin.token)).body.ok).toBe(true);
  });

  it("finds a deleted entry in the middle", async () => {
    const seq = 4;
    const original = await readRow(victim.tenantId, seq);
    await h.database.query("delete from audit_log where tenant_id = $1 and seq = $2", [victim.tenantId, seq]);
    const broken = await verify(victim.admin.token);
    expect(broken.body).toMatchObject({ ok: false, firstBrokenAt: seq });
    expect((await verify(w.admin.token)).body.ok).toBe(true);
    await writeBack(original);
    expect((await verify(victim.admin.token)).body.ok).toBe(true);
  });

  it("finds the newest entry deleted", async () => {
    const seq = await lastSeq(victim.tenantId);
    const original = await readRow(victim.tenantId, seq);
    await h.database.query("delete from audit_log where tenant_id = $1 and seq = $2", [victim.tenantId, seq]);
    const broken = await verify(victim.admin.token);
    expect(broken.body.ok).toBe(false);
    expect(broken.body.firstBrokenAt).toBe(seq);
    expect((await verify(w.admin.token)).body.ok).toBe(true);
    await writeBack(original);
    expect((await verify(victim.admin.token)).body).toMatchObject({ ok: true, entries: seq });
  });

  it("chains a new entry once the sealer has run, and counts it as pending until then", async () => {
    await verify(victim.admin.token);
    const before = (await h.call("GET", "/api/v1/audit/verify", { token: victim.admin.token })).body;
    await victim.post("/api/v1/customers", { name: "Not yet sealed", kind: "person" });
    const unsealed = (await h.call("GET", "/api/v1/audit/verify", { token: victim.admin.token })).body;
    expect(unsealed).toMatchObject({ ok: true, entries: before.entries, pending: 1 });
    const listed = await h.call("GET", "/api/v1/audit?limit=1", { token: victim.admin.token });
    expect(listed.body.items[0]).toMatchObject({ action: "customer.created", seq: null, hash: null });
    await h.jobs.tick();
    const sealed = (await h.call("GET", "/api/v1/audit/verify", { token: victim.admin.token })).body;
    expect(sealed).toMatchObject({ ok: true, entries: before.entries + 1, pending: 0 });
  });

  it("chains entries written at the same time, sealed by two sealers at once, into one unbroken sequence", async () => {
    const before = (await verify(victim.admin.token)).body.entries;
    await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        victim.post("/api/v1/customers", { name: `Rush ${i}`, kind: "person" }),
      ),
    );
    await Promise.all([sealAuditLog(auditDeps(h.services), 4), sealAuditLog(auditDeps(h.services), 4)]);
    const after = (await h.call("GET", "/api/v1/audit/verify", { token: victim.admin.token })).body;
    expect(after).toMatchObject({ ok: true, entries: before + 25, pending: 0 });
  });

  it("keeps appending a valid chain after verification", async () => {
    const before = (await verify(victim.admin.token)).body.entries;
    await victim.post("/api/v1/customers", { name: "After the check", kind: "person" });
    const after = await verify(victim.admin.token);
    expect(after.body).toMatchObject({ ok: true, entries: before + 1 });
  });
});

describe("reading the log", () => {
  it("lists entries newest first, and pages through all of them without gaps", async () => {
    const customer = await w.post("/api/v1/customers", { name: "Audited Ltd", kind: "company" });
    const first = await h.call("GET", "/api/v1/audit?limit=3", { token: w.admin.token });
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(3);
    expect(first.body.items[0]).toMatchObject({
      action: "customer.created",
      entityType: "customer",
      entityId: customer.id,
      actorId: expect.any(String),
    });
    expect(first.body.items[0].data).toMatchObject({ name: "Audited Ltd", kind: "company" });
    expect(first.body.nextCursor).toEqual(expect.any(String));

    await sealAuditLog(auditDeps(h.services));
    const seqs: number[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/audit?limit=7${cursor ? `&cursor=${cursor}` : ""}`;
      const page = await h.call("GET", url, { token: w.admin.token });
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(7);
      seqs.push(...page.body.items.map((e: { seq: number }) => e.seq));
      cursor = page.body.nextCursor;
    } while (cursor);
    const total = (await verify(w.admin.token)).body.entries;
    expect(seqs).toEqual(Array.from({ length: total }, (_, i) => total - i));
  });

  it("never shows another tenant's entries or password material", async () => {
    const all = await h.call("GET", "/api/v1/audit?limit=200", { token: victim.admin.token });
    const text = JSON.stringify(all.body);
    expect(text).not.toContain(w.tenantId);
    expect(text).not.toContain(w.alice.id);
    expect(text).not.toContain("secret-password");
    expect(all.body.items.some((e: { action: string }) => e.action === "user.created")).toBe(true);
  });
});

describe("ticket changes", () => {
  it("writes one audit entry with each ticket change, and none for a refused one", async () => {
    const t = await h.call("POST", "/api/v1/tickets", {
      token: w.aliceUser.token,
      body: { subject: "Audit me", description: "d", type: "repair" },
    });
    expect(t.status).toBe(201);
    expect(await countFor(t.body.id)).toBe(1);
    const started = await h.call("POST", `/api/v1/tickets/${t.body.id}/transitions`, {
      token: w.agent.token,
      body: { action: "start" },
    });
    expect(started.status).toBe(200);
    expect(await countFor(t.body.id)).toBe(2);
    const refused = await h.call("POST", `/api/v1/tickets/${t.body.id}/transitions`, {
      token: w.aliceUser.token,
      body: { action: "confirm" },
    });
    expect(refused.status).toBe(422);
    expect(await countFor(t.body.id)).toBe(2);
    const events = await h.call("GET", `/api/v1/tickets/${t.body.id}/events`, { token: w.agent.token });
    expect(events.body.items.map((e: { type: string }) => e.type)).toEqual(["created", "status_changed"]);

    const log = await h.call("GET", "/api/v1/audit?limit=2", { token: w.admin.token });
    expect(log.body.items.map((e: { action: string; entityId: string }) => [e.action, e.entityId])).toEqual([
      ["ticket.start", t.body.id],
      ["ticket.created", t.body.id],
    ]);
    expect(log.body.items[0].actorId).toBe(w.agent.id);
    expect((await verify(w.admin.token)).body.ok).toBe(true);
  });
});
