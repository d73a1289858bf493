import { describe, expect, it } from "vitest";
import { buildWorld, PASSWORD, worldPerFile } from "../fixtures.js";

const { h, w } = worldPerFile("a");

let seq = 0;
const freshEmail = (role: string) =>
  `${role}.auth${++seq}.${Math.random().toString(36).slice(2, 7)}@test.local`;
const createUser = (body: Record<string, unknown>, token = w.admin.token) =>
  h.call("POST", "/api/v1/users", { token, body });
const me = (token: string) => h.call("GET", "/api/v1/me", { token });

describe("signing in", () => {
  it("returns a token and the user, with tenant and customer for a customer account", async () => {
    const r = await h.call("POST", "/api/v1/auth/login", {
      body: { email: w.aliceUser.email, password: PASSWORD },
    });
    expect(r.status).toBe(200);
    expect(typeof r.body.token).toBe("string");
    expect(r.body.token.length).toBeGreaterThan(20);
    expect(r.body.user).toMatchObject({
      id: w.aliceUser.id,
      role: "customer",
      tenantId: w.tenantId,
      customerId: w.alice.id,
    });
    expect(r.body.user).not.toHaveProperty("passwordHash");
    const who = await me(r.body.token);
    expect(who.status).toBe(200);
    expect(who.body.id).toBe(w.aliceUser.id);
  });

  it("accepts the e-mail in any case", async () => {
    const r = await h.call("POST", "/api/v1/auth/login", {
      body: { email: w.agent.email.toUpperCase(), password: PASSWORD },
    });
    expect(r.status).toBe(200);
    expect(r.body.user.id).toBe(w.agent.id);
  });

  it("answers the same 401 for a wrong password and an unknown e-mail, translated", async () => {
    const wrong = await h.call("POST", "/api/v1/auth/login", {
      body: { email: w.agent.email, password: "not-the-password" },
    });
    const unknown = await h.call("POST", "/api/v1/auth/login", {
      body: { email: "nobody@nowhere.test", password: PASSWORD },
    });
    for (const r of [wrong, unknown]) {
      expect(r.status).toBe(401);
      expect(r.body.error).toMatchObject({
        code: "auth.invalid_credentials",
        message: "Wrong e-mail or password.",
      });
      expect(r.body).not.toHaveProperty("token");
    }
    const zhWrong = await h.call("POST", "/api/v1/auth/login", {
      lang: "zh-CN",
      body: { email: w.agent.email, password: "not-the-password" },
    });
    const zhUnknown = await h.call("POST", "/api/v1/auth/login", {
      lang: "zh-CN",
      body: { email: "nobody@nowhere.test", password: PASSWORD },
    });
    for (const r of [zhWrong, zhUnknown]) {
      expect(r.status).toBe(401);
      expect(r.body.error).toMatchObject({ code: "auth.invalid_credentials", message: "邮箱或密码错误。" });
    }
  });
});

describe("me", () => {
  it("describes the signed-in user", async () => {
    const r = await me(w.dealer.token);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      id: w.dealer.id,
      email: w.dealer.email,
      role: "dealer",
      tenantId: w.tenantId,
      outletId: w.outletId,
      active: true,
    });
    expect(r.body).not.toHaveProperty("customerId");
  });

  it("keeps a changed locale, and then answers errors in that language", async () => {
    const u = await createUser({
      email: freshEmail("agent"),
      name: "Locale Agent",
      role: "agent",
      password: PASSWORD,
    });
    const token = await h.login(u.body.email, PASSWORD);
    expect((await me(token)).body.locale).toBeNull();
    const patched = await h.call("PATCH", "/api/v1/me", { token, body: { locale: "zh-CN" } });
    expect(patched.status).toBe(200);
    expect(patched.body.locale).toBe("zh-CN");
    expect((await me(token)).body.locale).toBe("zh-CN");
    // a fresh session sees it too: it is stored, not just echoed
    const again = await h.call("POST", "/api/v1/auth/login", {
      body: { email: u.body.email, password: PASSWORD },
    });
    expect(again.body.user.locale).toBe("zh-CN");
    const forbidden = await h.call("POST", "/api/v1/products", {
      token,
      body: { sku: "X-1", name: "x", warrantyMonths: 1 },
    });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error.message).toBe("您的角色无权执行此操作。");
    const bad = await h.call("PATCH", "/api/v1/me", { token, body: { locale: "fr" } });
    expect(bad.status).toBe(400);
    expect((await me(token)).body.locale).toBe("zh-CN");
  });
});

describe("sessions and guards", () => {
  it("revokes the token on logout", async () => {
    const token = await h.login(w.technician.email, PASSWORD);
    expect((await me(token)).status).toBe(200);
    const out = await h.call("POST", "/api/v1/auth/logout", { token });
    expect(out.status).toBe(204);
    const after = await me(token);
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe("auth.required");
    // other sessions of the same user are untouched
    expect((await me(w.technician.token)).status).toBe(200);
  });

  it("answers 401 auth.required without a token or with a made-up one", async () => {
    for (const token of [undefined, "acs_made-up-token"]) {
      const r = await h.call("GET", "/api/v1/tickets", { token });
      expect(r.status).toBe(401);
      expect(r.body.error.code).toBe("auth.required");
    }
    const zh = await h.call("GET", "/api/v1/me", { lang: "zh-CN" });
    expect(zh.body.error.message).toBe("请先登录。");
  });

  it("answers 403 auth.forbidden when the role may not do it", async () => {
    const r = await createUser(
      { email: freshEmail("x"), name: "X", role: "agent", password: PASSWORD },
      w.agent.token,
    );
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe("auth.forbidden");
    for (const token of [w.aliceUser.token, w.dealer.token, w.supervisor.token]) {
      expect((await h.call("POST", "/api/v1/api-keys", { token, body: { name: "k" } })).status).toBe(403);
    }
    expect((await h.call("GET", "/api/v1/users", { token: w.aliceUser.token })).status).toBe(403);
  });
});

describe("managing users", () => {
  it("creates a user who can sign in with the given password", async () => {
    const email = freshEmail("tech");
    const r = await createUser({
      email,
      name: "New Tech",
      role: "technician",
      password: PASSWORD,
      skills: ["dryer"],
      maxOpenTickets: 5,
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      email,
      name: "New Tech",
      role: "technician",
      tenantId: w.tenantId,
      skills: ["dryer"],
      maxOpenTickets: 5,
      active: true,
    });
    expect(r.body).not.toHaveProperty("password");
    const token = await h.login(email, PASSWORD);
    expect((await me(token)).body.id).toBe(r.body.id);
    const listed = await h.call("GET", `/api/v1/users?q=${encodeURIComponent(email)}`, {
      token: w.supervisor.token,
    });
    expect(listed.body.items.map((u: { id: string }) => u.id)).toEqual([r.body.id]);
  });

  it("refuses a second account with the same e-mail, whatever its case", async () => {
    const email = freshEmail("dup");
    expect((await createUser({ email, name: "First", role: "agent", password: PASSWORD })).status).toBe(201);
    const same = await createUser({ email, name: "Second", role: "agent", password: PASSWORD });
    expect(same.status).toBe(409);
    expect(same.body.error.code).toBe("user.email_taken");
    const shouting = await createUser({
      email: email.toUpperCase(),
      name: "Third",
      role: "qa",
      password: PASSWORD,
    });
    expect(shouting.status).toBe(409);
    expect(shouting.body.error.code).toBe("user.email_taken");
    const existing = await createUser({
      email: w.aliceUser.email,
      name: "Clash",
      role: "agent",
      password: PASSWORD,
    });
    expect(existing.status).toBe(409);
  });

  it("requires a customerId for a customer account and validates the rest", async () => {
    const r = await createUser({
      email: freshEmail("cust"),
      name: "No link",
      role: "customer",
      password: PASSWORD,
    });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe("user.customer_required");
    const other = await createUser({
      email: freshEmail("cust"),
      name: "Bad link",
      role: "customer",
      password: PASSWORD,
      customerId: "cus_nope",
    });
    expect(other.status).toBe(404);
    const invalid = await createUser({ email: "not-an-email", name: "", role: "wizard", password: "short" });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      "email",
      "name",
      "password",
      "role",
    ]);
  });

  it("locks out a deactivated user, including their open sessions", async () => {
    const email = freshEmail("leaver");
    const created = await createUser({ email, name: "Leaver", role: "agent", password: PASSWORD });
    const token = await h.login(email, PASSWORD);
    expect((await me(token)).status).toBe(200);
    const off = await h.call("PATCH", `/api/v1/users/${created.body.id}`, {
      token: w.admin.token,
      body: { active: false },
    });
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    expect((await me(token)).status).toBe(401);
    const login = await h.call("POST", "/api/v1/auth/login", { body: { email, password: PASSWORD } });
    expect(login.status).toBe(401);
    expect(login.body.error.code).toBe("auth.invalid_credentials");
    const on = await h.call("PATCH", `/api/v1/users/${created.body.id}`, {
      token: w.admin.token,
      body: { active: true },
    });
    expect(on.body.active).toBe(true);
    expect((await h.call("POST", "/api/v1/auth/login", { body: { email, password: PASSWORD } })).status).toBe(
      200,
    );
  });
});

describe("API keys", () => {
  it("shows the token once, works as a bearer token, and stops working when deleted", async () => {
    const created = await h.call("POST", "/api/v1/api-keys", {
      token: w.admin.token,
      body: { name: "ERP sync" },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "ERP sync" });
    const key: string = created.body.token;
    expect(typeof key).toBe("string");
    expect(key.length).toBeGreaterThan(20);

    const asKey = await me(key);
    expect(asKey.status).toBe(200);
    expect(asKey.body.role).toBe("admin");
    expect((await h.call("GET", "/api/v1/audit/verify", { token: key })).status).toBe(200);

    const list = await h.call("GET", "/api/v1/api-keys", { token: w.admin.token });
    expect(list.status).toBe(200);
    const listed = list.body.items.find((k: { id: string }) => k.id === created.body.id);
    expect(listed).toMatchObject({ id: created.body.id, name: "ERP sync" });
    expect(listed).not.toHaveProperty("token");
    expect(JSON.stringify(list.body)).not.toContain(key);

    const del = await h.call("DELETE", `/api/v1/api-keys/${created.body.id}`, { token: w.admin.token });
    expect(del.status).toBe(204);
    const after = await me(key);
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe("auth.required");
    const relisted = await h.call("GET", "/api/v1/api-keys", { token: w.admin.token });
    expect(relisted.body.items.map((k: { id: string }) => k.id)).not.toContain(created.body.id);
    expect(
      (await h.call("DELETE", `/api/v1/api-keys/${created.body.id}`, { token: w.admin.token })).status,
    ).toBe(404);
  });

  it("cannot be revoked from another tenant", async () => {
    const other = await buildWorld(h, "b");
    const created = await h.call("POST", "/api/v1/api-keys", {
      token: w.admin.token,
      body: { name: "mine" },
    });
    const del = await h.call("DELETE", `/api/v1/api-keys/${created.body.id}`, { token: other.admin.token });
    expect(del.status).toBe(404);
    expect((await me(created.body.token)).status).toBe(200);
    const theirs = await h.call("GET", "/api/v1/api-keys", { token: other.admin.token });
    expect(theirs.body.items.map((k: { id: string }) => k.id)).not.toContain(created.body.id);
  });
});

describe("secrets at rest", () => {
  it("stores passwords as argon2id hashes", async () => {
    const rows = await h.database.query<{ password_hash: string }>(
      "select password_hash from users where tenant_id = $1",
      [w.tenantId],
    );
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) {
      expect(r.password_hash.startsWith("$argon2id$")).toBe(true);
      expect(r.password_hash).not.toContain(PASSWORD);
    }
  });

  it("stores only a hash of session tokens and API keys", async () => {
    const session = await h.login(w.qa.email, PASSWORD);
    const key = (
      await h.call("POST", "/api/v1/api-keys", { token: w.admin.token, body: { name: "hash check" } })
    ).body.token as string;
    const tokens = [session, key, w.admin.token, w.aliceUser.token];
    const rows = await h.database.query<{ token_hash: string; kind: string }>(
      "select token_hash, kind from credentials where tenant_id = $1",
      [w.tenantId],
    );
    expect(rows.map((r) => r.kind)).toEqual(expect.arrayContaining(["session", "api_key"]));
    for (const r of rows) {
      for (const t of tokens) {
        expect(r.token_hash).not.toBe(t);
        expect(r.token_hash).not.toContain(t);
      }
    }
  });
});
