import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

// Hole 9 of issue 12: the client writes X-Forwarded-For; rotating its first entry must not give
// a fresh address to the sign-in throttle. Behind one trusted proxy, the proxy's entry counts.
const ctx = worldPerFile("proxy");

const attempt = (i: number, forwardedFor: string) =>
  ctx.h.call("POST", "/api/v1/auth/login", {
    body: { email: `nobody${i}@nowhere.test`, password: "guess" },
    headers: { "x-forwarded-for": forwardedFor },
  });

describe("client address behind a trusted proxy", () => {
  it("takes the address our proxy saw, not the one the client wrote first", async () => {
    ctx.h.services.config.trustProxyHops = 1;
    const statuses: number[] = [];
    // The attacker writes a new address every time; the proxy appends the real one.
    for (let i = 0; i < 21; i++) statuses.push((await attempt(i, `10.9.${i}.1, 203.0.113.7`)).status);
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses[20]).toBe(429);
    // Another real client behind the same proxy is not affected.
    expect((await attempt(99, "198.51.100.9")).status).toBe(401);
  });

  it("with two trusted proxies, counts the entry two hops from the right", async () => {
    ctx.h.services.config.trustProxyHops = 2;
    for (let i = 0; i < 20; i++) await attempt(100 + i, `spoof-${i}, 192.0.2.44, 10.0.0.2`);
    expect((await attempt(200, "spoof-x, 192.0.2.44, 10.0.0.2")).status).toBe(429);
    expect((await attempt(201, "192.0.2.45, 10.0.0.2")).status).toBe(401);
  });
});
