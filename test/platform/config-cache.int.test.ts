import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getSettings, putSettings } from "../../src/server/modules/assignment/assignment.repository.js";
import { worldPerFile } from "../fixtures.js";

const ctx = worldPerFile("cfg");

describe("cached tenant configuration", () => {
  it("shows a transaction its own change, and leaves nothing behind when it rolls back", async () => {
    const { h, w } = ctx;
    const before = await getSettings(h.services.db, w.tenantId);
    expect(before.autoAssign).toBe(true);
    await expect(
      h.services.db.transaction(async (tx) => {
        await putSettings(tx, w.tenantId, { ...before, autoAssign: false });
        expect((await getSettings(tx, w.tenantId)).autoAssign).toBe(false);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect((await getSettings(h.services.db, w.tenantId)).autoAssign).toBe(true);
  });

  it("serves a committed change to the very next request", async () => {
    const { h, w } = ctx;
    await getSettings(h.services.db, w.tenantId);
    const patched = await h.call("PATCH", "/api/v1/routing/settings", {
      token: w.admin.token,
      body: { presenceTimeoutMinutes: 42 },
    });
    expect(patched.status).toBe(200);
    const read = await h.call("GET", "/api/v1/routing/settings", { token: w.supervisor.token });
    expect(read.body.presenceTimeoutMinutes).toBe(42);
    expect((await getSettings(h.services.db, w.tenantId)).presenceTimeoutMinutes).toBe(42);
  });

  it("lets a transaction read configuration another request is still loading (no deadlock on one connection)", async () => {
    const { h, w } = ctx;
    // Changed and committed: the next read loads it again rather than serving the cache.
    const before = await getSettings(h.services.db, w.tenantId);
    await putSettings(h.services.db, w.tenantId, { ...before, presenceTimeoutMinutes: 17 });
    let outside: Promise<{ presenceTimeoutMinutes: number }> | undefined;
    const inside = await h.services.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
      // Another request asks while the transaction is open: on PGlite its read waits for the end
      // of this transaction.
      outside = getSettings(h.services.db, w.tenantId);
      await new Promise((resolve) => setImmediate(resolve));
      return (await getSettings(tx, w.tenantId)).presenceTimeoutMinutes;
    });
    expect(inside).toBe(17);
    expect((await outside)?.presenceTimeoutMinutes).toBe(17);
  });
});
