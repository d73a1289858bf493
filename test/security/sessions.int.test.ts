import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "../../src/server/modules/auth/index.js";
import { PASSWORD, worldPerFile } from "../fixtures.js";

// Hole 6 of issue 12 (sessions outlive the change that should end them) and the 500s of hole 10
// that an incomplete customer/dealer account caused.
const ctx = worldPerFile("sessions");

async function newUser(role: string, extra: Record<string, unknown> = {}) {
  const { h, w } = ctx;
  const email = `${role}.${Math.random().toString(36).slice(2, 8)}@sessions.test`;
  const r = await h.call("POST", "/api/v1/users", {
    token: w.admin.token,
    body: { email, name: role, role, password: PASSWORD, ...extra },
  });
  expect(r.status).toBe(201);
  return { id: r.body.id as string, email, token: await h.login(email, PASSWORD) };
}
const patchUser = (id: string, body: unknown, token = ctx.w.admin.token) =>
  ctx.h.call("PATCH", `/api/v1/users/${id}`, { token, body });
const me = (token: string) => ctx.h.call("GET", "/api/v1/me", { token });

describe("sessions end when credentials or rights change", () => {
  it("a new password ends the user's sessions; the new password signs in", async () => {
    const u = await newUser("agent");
    const second = await ctx.h.login(u.email, PASSWORD);
    expect((await patchUser(u.id, { password: "a-new-password" })).status).toBe(200);
    expect((await me(u.token)).status).toBe(401);
    expect((await me(second)).status).toBe(401);
    const fresh = await ctx.h.login(u.email, "a-new-password");
    expect((await me(fresh)).status).toBe(200);
  });

  it("an admin changing their own password keeps the session they did it from, not the others", async () => {
    const admin = await newUser("admin");
    const other = await ctx.h.login(admin.email, PASSWORD);
    expect((await patchUser(admin.id, { password: "admin-new-password" }, admin.token)).status).toBe(200);
    expect((await me(admin.token)).status).toBe(200);
    expect((await me(other)).status).toBe(401);
  });

  it("a role change ends sessions and the user's API keys", async () => {
    const admin = await newUser("admin");
    const key = await ctx.h.call("POST", "/api/v1/api-keys", { token: admin.token, body: { name: "sync" } });
    expect(key.status).toBe(201);
    expect((await ctx.h.call("GET", "/api/v1/users", { token: key.body.token })).status).toBe(200);
    expect((await patchUser(admin.id, { role: "agent" })).status).toBe(200);
    expect((await me(admin.token)).status).toBe(401);
    expect((await ctx.h.call("GET", "/api/v1/users", { token: key.body.token })).status).toBe(401);
  });

  it("deactivation ends sessions for good: reactivating does not bring them back", async () => {
    const u = await newUser("agent");
    expect((await patchUser(u.id, { active: false })).status).toBe(200);
    expect((await me(u.token)).status).toBe(401);
    expect((await patchUser(u.id, { active: true })).status).toBe(200);
    expect((await me(u.token)).status).toBe(401);
  });

  it("other changes (name, skills) leave sessions alone", async () => {
    const u = await newUser("agent");
    expect((await patchUser(u.id, { name: "Renamed", skills: ["washer"] })).status).toBe(200);
    expect((await me(u.token)).status).toBe(200);
  });
});

describe("customer and dealer accounts always have their customer or outlet", () => {
  it("refuses a role change to customer or dealer without one, translated", async () => {
    const u = await newUser("agent");
    const toCustomer = await patchUser(u.id, { role: "customer" });
    expect(toCustomer.status).toBe(400);
    expect(toCustomer.body.error.code).toBe("user.customer_required");
    const toDealer = await ctx.h.call("PATCH", `/api/v1/users/${u.id}`, {
      token: ctx.w.admin.token,
      lang: "zh-CN",
      body: { role: "dealer" },
    });
    expect(toDealer.status).toBe(400);
    expect(toDealer.body.error.code).toBe("user.outlet_required");
    expect((await me(u.token)).status).toBe(200);
    const ok = await patchUser(u.id, { role: "customer", customerId: ctx.w.bob.id });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ role: "customer", customerId: ctx.w.bob.id });
  });

  it("an account stored without one answers 403 on every list, never 500", async () => {
    const { h } = ctx;
    for (const role of ["customer", "dealer"] as const) {
      const u = await newUser("agent");
      // As a role change stored before it was checked would have left it.
      await h.services.db
        .update(users)
        .set({ role, customerId: null, outletId: null })
        .where(eq(users.id, u.id));
      for (const path of ["/api/v1/tickets", "/api/v1/customers", "/api/v1/units", "/api/v1/me"]) {
        const r = await h.call("GET", path, { token: u.token });
        expect(r.status, `${role} ${path}`).toBe(403);
        expect(r.body.error.code).toBe("auth.account_incomplete");
      }
    }
  });
});
