import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backup, listTables, RestoreError, restore } from "../../src/server/ops/backup.js";
import { listAuditTenants } from "../../src/server/platform/audit/audit-log.js";
import { auditDeps } from "../../src/server/platform/audit/audit-sealer.js";
import { verifyAuditLog } from "../../src/server/platform/audit/audit-verify.js";
import { type Database, openDatabase } from "../../src/server/platform/db/client.js";
import { migrate } from "../../src/server/platform/db/migrate.js";
import { buildWorld } from "../fixtures.js";
import { type Harness, startHarness } from "../harness.js";

let source: Harness;
let target: Harness;
const dir = mkdtempSync(path.join(tmpdir(), "aftercare-backup-"));
const file = path.join(dir, "backup.ndjson.gz");
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

async function counts(database: Database) {
  const out: Record<string, number> = {};
  for (const t of await listTables(database))
    out[t] = (await database.query<{ n: number }>(`select count(*)::int as n from "${t}"`))[0]?.n ?? 0;
  return out;
}

async function heads(database: Database) {
  return database.query<{ tenant_id: string; seq: number; hash: string }>(
    "select tenant_id, seq::int as seq, hash from audit_heads order by tenant_id",
  );
}

beforeAll(async () => {
  source = await startHarness();
  target = await startHarness();
  const w = await buildWorld(source, "bk");
  await buildWorld(source, "bk2");
  const form = new FormData();
  form.append("file", new File([PNG], "leak.png", { type: "image/png" }));
  const upload = await source.call("POST", "/api/v1/attachments", { token: w.aliceUser.token, raw: form });
  const t = await source.call("POST", "/api/v1/tickets", {
    token: w.aliceUser.token,
    body: { subject: "Leak", description: "d", type: "repair", attachmentIds: [upload.body.id] },
  });
  await source.call("POST", `/api/v1/tickets/${t.body.id}/messages`, {
    token: w.agent.token,
    body: { body: "On our way" },
  });
  await source.call("POST", `/api/v1/tickets/${t.body.id}/transitions`, {
    token: w.agent.token,
    body: { action: "resolve" },
  });
});
afterAll(async () => {
  await source?.close();
  await target?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("round-trips every row, every file and the audit chains", async () => {
    const written = await backup(source.database, path.join(source.services.config.dataDir, "files"), file);
    expect(written.tickets).toBeGreaterThan(0);
    await restore(target.database, path.join(target.services.config.dataDir, "files"), file);
    expect(await counts(target.database)).toEqual(await counts(source.database));
    expect(await heads(target.database)).toEqual(await heads(source.database));
    // The checkpoint key is restored with the database (it is kept outside it, see README).
    const restoredAudit = { ...auditDeps(target.services), signer: auditDeps(source.services).signer };
    for (const tenantId of await listAuditTenants(target.services.db)) {
      expect((await verifyAuditLog(restoredAudit, tenantId)).ok).toBe(true);
    }
    // The restored system works: sign in, read the ticket, download the photo byte for byte.
    const [admin] = await target.database.query<{ email: string }>(
      "select email from users where role = 'customer' order by id limit 1",
    );
    const token = await target.login(admin?.email ?? "", "secret-password");
    const list = await target.call("GET", "/api/v1/tickets", { token });
    const restored = list.body.items.find((i: { subject: string }) => i.subject === "Leak");
    expect(restored?.status).toBe("resolved");
    const detail = await target.call("GET", `/api/v1/tickets/${restored.id}`, { token });
    const res = await target.app.request(`/api/v1/attachments/${detail.body.attachments[0].id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PNG);
  });

  it("restores the same file into the embedded database too", async () => {
    const pglite = await openDatabase({});
    try {
      await migrate(pglite);
      await restore(pglite, path.join(dir, "files-pglite"), file);
      expect(await counts(pglite)).toEqual(await counts(source.database));
    } finally {
      await pglite.close();
    }
  });

  it("refuses to restore over existing data", async () => {
    await expect(restore(source.database, path.join(dir, "x"), file)).rejects.toBeInstanceOf(RestoreError);
  });
});
