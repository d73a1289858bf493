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
});
