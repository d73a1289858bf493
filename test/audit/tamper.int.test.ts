import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWorld, type World } from "../fixtures.js";
import { type Harness, startHarness } from "../harness.js";
import { activity, recomputeEverything, seal, treeSize, verify } from "./audit-helpers.js";

// Each attack is made with plain SQL, as the database administrator would, against a tenant whose
// checkpoints have been signed (key file outside the database) and published (checkpoint file).

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

async function victim(label: string): Promise<World> {
  const w = await buildWorld(h, label);
  await seal(h);
  await activity(h, w, 4, label);
  const before = await verify(h, w.tenantId);
  expect(before).toMatchObject({ ok: true, problems: [] });
  expect(before.publishedCheckpoints).toBeGreaterThan(4);
  return w;
}

const sql = (text: string, params: unknown[]) => h.database.query(text, params);

describe("tamper evidence against the database administrator", () => {
  it("catches deleting the newest entries together with the head row and the stored checkpoints", async () => {
    const w = await victim("t1");
    const n = await treeSize(h, w.tenantId);
    await sql("delete from audit_log where tenant_id = $1 and seq > $2", [w.tenantId, n - 3]);
    await sql("delete from audit_heads where tenant_id = $1", [w.tenantId]);
    await sql("delete from audit_checkpoints where tenant_id = $1", [w.tenantId]);
    const r = await verify(h, w.tenantId);
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({ kind: "truncated", index: n - 3, source: "published" });
    expect(r).toMatchObject({ firstBrokenAt: n - 2, reason: "truncated", entries: n - 3 });
  });

  it("catches deleting the newest entries and moving the head back, even after new entries are sealed", async () => {
    const w = await victim("t2");
    const n = await treeSize(h, w.tenantId);
    await sql("delete from audit_log where tenant_id = $1 and seq > $2", [w.tenantId, n - 2]);
    await sql("delete from audit_checkpoints where tenant_id = $1 and tree_size > $2", [w.tenantId, n - 2]);
    await recomputeEverything(h, w.tenantId);
    // the server keeps working and signs new checkpoints over the shortened history
    await activity(h, w, 3, "after");
    const r = await verify(h, w.tenantId);
    expect(r.ok).toBe(false);
    expect(r.entries).toBeGreaterThan(n);
    expect(r.problems[0]).toMatchObject({
      kind: "rewritten",
      index: n - 2,
      exact: true,
      source: "published",
    });
    expect(r.firstBrokenAt).toBe(n - 1);
  });

  it("catches an edited entry whose hashes were all recomputed", async () => {
    const w = await victim("t3");
    await sql(
      `update audit_log set data = jsonb_set(data, '{name}', '"Someone else"'::jsonb) where tenant_id = $1 and seq = 3`,
      [w.tenantId],
    );
    await recomputeEverything(h, w.tenantId);
    const r = await verify(h, w.tenantId);
    expect(r.ok).toBe(false);
    expect(r.problems.some((p) => p.kind === "altered")).toBe(false);
    expect(r.problems[0]).toMatchObject({ kind: "rewritten", index: 2, exact: true, source: "database" });
    expect(r.firstBrokenAt).toBe(3);
    // with the stored checkpoints gone as well, the published ones still say where
    await sql("delete from audit_checkpoints where tenant_id = $1", [w.tenantId]);
    const again = await verify(h, w.tenantId);
    expect(again.problems[0]).toMatchObject({
      kind: "rewritten",
      index: 2,
      exact: true,
      source: "published",
    });
  });

  it("catches an entry inserted before existing ones, with every later position and hash recomputed", async () => {
    const w = await victim("t4");
    await sql("update audit_log set seq = -seq where tenant_id = $1 and seq >= 2", [w.tenantId]);
    await sql("update audit_log set seq = -seq + 1 where tenant_id = $1 and seq < 0", [w.tenantId]);
    await sql(
      `insert into audit_log (tenant_id, id, seq, at, actor_id, action, entity_type, entity_id, data, salt)
       select tenant_id, 'aud_00000000000000000000000001', 2, at, actor_id, 'customer.created', 'customer', 'cus_x',
              '{"name":"Planted"}'::jsonb, 'aa' from audit_log where tenant_id = $1 and seq = 1`,
      [w.tenantId],
    );
    await recomputeEverything(h, w.tenantId);
    const r = await verify(h, w.tenantId);
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({ kind: "rewritten", index: 1, exact: true });
  });

  it("catches a backdated entry inserted unsealed and then sealed by the server", async () => {
    const w = await victim("t5");
    const n = await treeSize(h, w.tenantId);
    const dayAgo = new Date(h.clock.now().getTime() - 86_400_000).toISOString();
    await sql(
      `insert into audit_log (tenant_id, id, at, actor_id, action, entity_type, entity_id, data, salt)
       values ($1, 'aud_00000000000000000000000002', $2::timestamptz, $3, 'customer.updated', 'customer', $4,
               '{"refundAccount":"attacker"}'::jsonb, 'bb')`,
      [w.tenantId, dayAgo, w.agent.id, w.alice.id],
    );
    await seal(h);
    expect(await treeSize(h, w.tenantId)).toBe(n + 1);
    const r = await verify(h, w.tenantId);
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({ kind: "backdated", index: n, exact: true });
    expect(r.firstBrokenAt).toBe(n + 1);
  });

  it("catches unsealing, rewriting and resealing the newest entry", async () => {
    const w = await victim("t6");
    const n = await treeSize(h, w.tenantId);
    await sql(
      `update audit_log set seq = null, prev_hash = null, hash = null, leaf_hash = null,
              data = jsonb_set(data, '{name}', '"Rewritten"'::jsonb)
       where tenant_id = $1 and seq = $2`,
      [w.tenantId, n],
    );
    await sql("delete from audit_checkpoints where tenant_id = $1 and tree_size >= $2", [w.tenantId, n]);
    await recomputeEverything(h, w.tenantId);
    await seal(h);
    expect(await treeSize(h, w.tenantId)).toBe(n);
    const r = await verify(h, w.tenantId);
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({
      kind: "rewritten",
      index: n - 1,
      exact: true,
      source: "published",
    });
    expect(r.firstBrokenAt).toBe(n);
  });

  it("catches a checkpoint the administrator wrote into the database without the key", async () => {
    const w = await victim("t7");
    await sql(
      `update audit_checkpoints set note = replace(note, E'\\ntime ', E'\\ntime 2') where tenant_id = $1`,
      [w.tenantId],
    );
    const r = await verify(h, w.tenantId);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.kind)).toContain("forged_checkpoint");
  });

  it("says where through the API too", async () => {
    const w = await victim("t8");
    await sql(`update audit_log set action = 'customer.deleted' where tenant_id = $1 and seq = 2`, [
      w.tenantId,
    ]);
    await recomputeEverything(h, w.tenantId);
    const r = await h.call("GET", "/api/v1/audit/verify", { token: w.admin.token });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ ok: false, firstBrokenAt: 2, reason: "rewritten" });
    expect(r.body.problems[0]).toMatchObject({ kind: "rewritten", index: 1, exact: true });
  });
});
