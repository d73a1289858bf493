import { describe, expect, it } from "vitest";
import { PASSWORD, worldPerFile } from "../fixtures.js";

// Point 12 of issue 12: API key lastUsedAt, sign-in lockout that anyone could trigger and that a
// burst could overrun, purchase dates from another century.
const ctx = worldPerFile("smaller");

const attempt = (email: string, password: string, forwardedFor?: string) =>
  ctx.h.call("POST", "/api/v1/auth/login", {
    body: { email, password },
    headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
  });

describe("API keys show when they were last used", () => {
  it("sets lastUsedAt on use, at most once a minute", async () => {
    const { h, w } = ctx;
    const key = await h.call("POST", "/api/v1/api-keys", { token: w.admin.token, body: { name: "ERP" } });
    const listed = async () =>
      (await h.call("GET", "/api/v1/api-keys", { token: w.admin.token })).body.items.find(
        (k: { id: string }) => k.id === key.body.id,
      ).lastUsedAt as string | null;
    expect(await listed()).toBeNull();
    expect((await h.call("GET", "/api/v1/tickets", { token: key.body.token })).status).toBe(200);
    const first = await listed();
    expect(first).not.toBeNull();
    h.clock.advance(10_000);
    await h.call("GET", "/api/v1/tickets", { token: key.body.token });
    expect(await listed()).toBe(first);
    h.clock.advance(60_000);
    await h.call("GET", "/api/v1/tickets", { token: key.body.token });
    expect(Date.parse((await listed()) ?? "")).toBeGreaterThan(Date.parse(first ?? ""));
  });
});

describe("sign-in lockout", () => {
  it("twenty parallel wrong passwords get exactly five password checks", async () => {
    const { w } = ctx;
    const email = w.technician.email as string;
    const results = await Promise.all(Array.from({ length: 20 }, () => attempt(email, "wrong-guess")));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
  });

  it("a stranger's wrong passwords lock only the stranger's address, not the owner", async () => {
    const { h, w } = ctx;
    h.services.config.trustProxyHops = 1;
    const email = w.qa.email as string;
    for (let i = 0; i < 5; i++) expect((await attempt(email, "wrong", "203.0.113.66")).status).toBe(401);
    const stranger = await attempt(email, PASSWORD, "203.0.113.66");
    expect(stranger.status).toBe(429);
    expect(stranger.body.error.code).toBe("auth.locked");
    expect((await attempt(email, PASSWORD, "198.51.100.20")).status).toBe(200);
    h.services.config.trustProxyHops = 0;
  });

  it("guessing from many addresses meets a back-off, not a lockout", async () => {
    const { h, w } = ctx;
    h.services.config.trustProxyHops = 1;
    const email = w.supervisor.email as string;
    for (let i = 0; i < 10; i++) expect((await attempt(email, "wrong", `192.0.2.${i}`)).status).toBe(401);
    const slowed = await attempt(email, PASSWORD, "198.51.100.21");
    expect(slowed.status).toBe(429);
    expect(slowed.body.error.code).toBe("auth.slow_down");
    h.clock.advance(2_000);
    expect((await attempt(email, PASSWORD, "198.51.100.21")).status).toBe(200);
    h.services.config.trustProxyHops = 0;
  });
});

describe("purchase dates", () => {
  it("refuses a purchase date decades ago or in the future, translated; accepts a plausible one", async () => {
    const { h, w } = ctx;
    const register = (purchasedAt: string, lang = "en") =>
      h.call("POST", "/api/v1/units", {
        token: w.agent.token,
        lang,
        body: {
          serial: `SN-${purchasedAt}-${Math.random().toString(36).slice(2, 6)}`,
          productSku: w.washer.sku,
          customerId: w.alice.id,
          purchasedAt,
        },
      });
    for (const date of ["0001-01-01", "1900-06-01", "1970-01-01"]) {
      const r = await register(date, "zh-CN");
      expect(r.status, date).toBe(400);
      expect(r.body.error.code).toBe("unit.purchase_too_old");
      expect(r.body.error.message).toContain("30");
    }
    expect((await register("2999-01-01")).body.error.code).toBe("unit.purchase_in_future");
    const fiveYears = new Date(Date.now() - 5 * 365 * 86_400_000).toISOString().slice(0, 10);
    expect((await register(fiveYears)).status).toBe(201);
  });
});
