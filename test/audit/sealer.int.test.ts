import { generateKeyPairSync } from "node:crypto";
import { and, asc, eq, gt, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../src/server/platform/audit/audit.tables.js";
import { entryHash, GENESIS_HASH } from "../../src/server/platform/audit/audit-log.js";
import { auditDeps, sealAuditLog } from "../../src/server/platform/audit/audit-sealer.js";
import { createAuditSigner } from "../../src/server/platform/audit/audit-signer.js";
import { SEALER_STALL_MS } from "../../src/server/platform/audit/audit-verify.js";
import { createLogger } from "../../src/server/platform/logger.js";
import { type AuditReceipt, verifyReceipt } from "../../src/shared/audit-receipt.js";
import { buildWorld } from "../fixtures.js";
import { type Harness, startHarness } from "../harness.js";
import { activity, seal, treeSize, verify } from "./audit-helpers.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

describe("a sealer that cannot seal", () => {
  it("logs an error naming the tenant and reason every time, shows it in verify, and stops answering ok", async () => {
    const w = await buildWorld(h, "s1");
    await seal(h);
    // Something in the database refuses every sealing update.
    await h.database.query(
      "alter table audit_log add constraint no_sealing check (seq is null or tenant_id <> $$" +
        w.tenantId +
        "$$) not valid",
    );
    try {
      const lines: { level: number; tenantId?: string; reason?: string; msg: string }[] = [];
      const logger = createLogger("error", { write: (line: string) => void lines.push(JSON.parse(line)) });
      const deps = { ...auditDeps(h.services), logger };
      await w.post("/api/v1/customers", { name: "Waits", kind: "person" });
      await sealAuditLog(deps);
      await sealAuditLog(deps);
      const errors = lines.filter((l) => l.tenantId === w.tenantId);
      expect(errors).toHaveLength(2);
      expect(errors[0]).toMatchObject({ level: 50, msg: expect.stringContaining("cannot seal") });
      expect(errors[0]?.reason).toEqual(expect.stringContaining("no_sealing"));

      const young = await verify(h, w.tenantId);
      expect(young).toMatchObject({ ok: true, pending: 1 });
      expect(young.sealerError?.reason).toContain("no_sealing");

      h.clock.advance(SEALER_STALL_MS + 1000);
      const api = await h.call("GET", "/api/v1/audit/verify", { token: w.admin.token });
      expect(api.body).toMatchObject({ ok: false, pending: 1, reason: "sealer_stalled" });
      expect(api.body.oldestPendingSeconds).toBeGreaterThan(60);
      expect(api.body.sealerError.reason).toContain("no_sealing");
    } finally {
      await h.database.query("alter table audit_log drop constraint no_sealing");
    }
    await seal(h);
    const healed = await verify(h, w.tenantId);
    expect(healed).toMatchObject({ ok: true, pending: 0, sealerError: null });
  });
});

describe("the signing key lives outside the database", () => {
  it("a copy of the database with another key cannot sign checkpoints the published key accepts", async () => {
    const w = await buildWorld(h, "s2");
    await activity(h, w, 2);
    const t = await h.call("POST", "/api/v1/tickets", {
      token: w.aliceUser.token,
      body: { subject: "Key test", description: "d", type: "repair" },
    });
    // Someone with the database (a restored backup) but not the key file seals with a key of their own.
    const impostor = {
      ...auditDeps(h.services),
      signer: createAuditSigner(generateKeyPairSync("ed25519").privateKey),
    };
    await sealAuditLog(impostor);
    const r = await verify(h, w.tenantId);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.kind)).toContain("forged_checkpoint");
    // and a customer's receipt built on that checkpoint fails against the key we publish
    const receipt = await h.call<AuditReceipt>("GET", `/api/v1/tickets/${t.body.id}/audit-receipt`, {
      token: w.aliceUser.token,
    });
    expect(receipt.status).toBe(200);
    const published = (await h.call("GET", "/api/v1/audit/public-key")).body.verifierKey;
    expect(verifyReceipt(receipt.body, published).ok).toBe(false);
  });
});

describe("a log sealed before the Merkle tree existed", () => {
  it("becomes the first leaves of the tree and keeps verifying", async () => {
    const w = await buildWorld(h, "s3");
    // Seal the way the previous version did: hash chain only, no salt, no leaf hash, no tree.
    const rows = await h.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, w.tenantId)))
      .orderBy(asc(auditLog.id));
    let prev = GENESIS_HASH;
    let seq = 0;
    for (const row of rows) {
      seq++;
      const hash = entryHash({ ...row, seq, prevHash: prev });
      await h.database.query(
        "update audit_log set seq = $3, prev_hash = $4, hash = $5, salt = null where tenant_id = $1 and id = $2",
        [w.tenantId, row.id, seq, prev, hash],
      );
      prev = hash;
    }
    await h.database.query(
      `insert into audit_heads (tenant_id, seq, hash) values ($1, $2, $3)
       on conflict (tenant_id) do update set seq = excluded.seq, hash = excluded.hash, frontier = null`,
      [w.tenantId, seq, prev],
    );
    expect(seq).toBeGreaterThan(3);

    await seal(h);
    const r = await verify(h, w.tenantId);
    expect(r).toMatchObject({ ok: true, entries: seq, checkpoint: { treeSize: seq } });
    const [{ n } = { n: -1 }] = await h.database.query<{ n: number }>(
      "select count(*)::int as n from audit_log where tenant_id = $1 and leaf_hash is null",
      [w.tenantId],
    );
    expect(n).toBe(0);
    // the old chain is untouched and new entries follow on
    const [first] = await h.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, w.tenantId), gt(auditLog.seq, 0)))
      .orderBy(asc(auditLog.seq))
      .limit(1);
    expect(first?.prevHash).toBe(GENESIS_HASH);
    await activity(h, w, 2);
    expect(await verify(h, w.tenantId)).toMatchObject({ ok: true, entries: seq + 2 });
    expect(await treeSize(h, w.tenantId)).toBe(seq + 2);
  });

  it("picks up entries an instance of the previous version sealed during a rolling upgrade", async () => {
    const w = await buildWorld(h, "s4");
    await activity(h, w, 1);
    // the old sealer: next seq, chain hash, head moved; no leaf, no tree, no checkpoint
    await w.post("/api/v1/customers", { name: "Sealed by the old version", kind: "person" });
    const [head] = await h.database.query<{ seq: number; hash: string }>(
      "select seq::int as seq, hash from audit_heads where tenant_id = $1",
      [w.tenantId],
    );
    const [row] = await h.services.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, w.tenantId), isNull(auditLog.seq)));
    if (!head || !row) throw new Error("no head or no pending entry");
    const seq = head.seq + 1;
    const hash = entryHash({ ...row, seq, prevHash: head.hash });
    await h.database.query(
      "update audit_log set seq = $3, prev_hash = $4, hash = $5, salt = null where tenant_id = $1 and id = $2",
      [w.tenantId, row.id, seq, head.hash, hash],
    );
    await h.database.query("update audit_heads set seq = $2, hash = $3 where tenant_id = $1", [
      w.tenantId,
      seq,
      hash,
    ]);
    await activity(h, w, 1, "new version");
    expect(await verify(h, w.tenantId)).toMatchObject({ ok: true, entries: seq + 1, problems: [] });
  });
});
