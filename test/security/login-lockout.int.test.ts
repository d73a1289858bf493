import { describe, expect, it } from "vitest";
import { PASSWORD, worldPerFile } from "../fixtures.js";

const { h, w } = worldPerFile("lock");

const attempt = (email: string, password: string, lang = "en") =>
  h.call("POST", "/api/v1/auth/login", { body: { email, password }, lang });

describe("sign-in throttling", () => {
  it("locks an account after five wrong passwords, even for the right one, and says so in the user's language", async () => {
    const email = w.agent.email as string;
    for (let i = 0; i < 5; i++) expect((await attempt(email, "wrong-password")).status).toBe(401);
    const locked = await attempt(email, PASSWORD, "zh-CN");
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe("auth.locked");
    expect(locked.body.error.message).toContain("锁定 15 分钟");
    // Another account from the same place is not affected.
    expect((await attempt(w.supervisor.email as string, PASSWORD)).status).toBe(200);
    h.clock.advance(16 * 60_000);
    expect((await attempt(email, PASSWORD)).status).toBe(200);
  });

  it("forgets earlier failures after a successful sign-in", async () => {
    const email = w.qa.email as string;
    for (let i = 0; i < 4; i++) await attempt(email, "wrong-password");
    expect((await attempt(email, PASSWORD)).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await attempt(email, "wrong-password")).status).toBe(401);
    expect((await attempt(email, PASSWORD)).status).toBe(200);
  });

  it("slows down one address that tries many accounts", async () => {
    const results: number[] = [];
    for (let i = 0; i < 22; i++) results.push((await attempt(`nobody${i}@nowhere.test`, "guess")).status);
    expect(results.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(results.slice(20)).toEqual([429, 429]);
  });
});
