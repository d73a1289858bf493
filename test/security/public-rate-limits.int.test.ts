import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { tenants } from "../../src/server/modules/tenancy/tenancy.tables.js";
import { worldPerFile } from "../fixtures.js";

// Issue 12: the public knowledge search, the assistant and survey answers had no limit at all.
// Behind one trusted proxy the address our proxy saw counts; the client's own entries do not.
const { h, worlds } = worldPerFile("rl");
const [w] = worlds;
let slug = "";

beforeAll(async () => {
  const [row] = await h.services.db
    .select({ slug: tenants.slug })
    .from(tenants)
    .where(eq(tenants.id, w.tenantId));
  slug = row?.slug ?? "";
  h.services.config.trustProxyHops = 1;
});

// The attacker writes a fresh first entry every time; the proxy appends the real address.
const from = (address: string, i: number) => ({ "x-forwarded-for": `10.7.${i % 250}.${i % 7}, ${address}` });

const search = (address: string, i: number, lang = "en") =>
  h.call("GET", `/api/v1/kb/search?q=E3&tenant=${slug}`, { headers: from(address, i), lang });
const ask = (address: string, i: number, lang = "en") =>
  h.call("POST", `/api/v1/assistant/answer?tenant=${slug}`, {
    headers: from(address, i),
    lang,
    body: { question: "washer shows E3" },
  });
const answer = (address: string, i: number) =>
  h.call("POST", `/api/v1/public/surveys/${"z".repeat(32)}/responses`, {
    headers: from(address, i),
    body: { answers: { nps: 9 } },
  });

describe("rate limits on public routes", () => {
  it("the knowledge search answers 120 a minute from one address, then a translated 429", async () => {
    for (let i = 0; i < 120; i++) expect((await search("203.0.113.10", i)).status).toBe(200);
    const en = await search("203.0.113.10", 500);
    expect(en.status).toBe(429);
    expect(en.body.error.code).toBe("request.rate_limited");
    expect(en.body.error.message).toBe("Too many requests; try again later.");
    expect(Number(en.headers.get("retry-after"))).toBeGreaterThan(0);
    const zh = await search("203.0.113.10", 501, "zh-CN");
    expect(zh.status).toBe(429);
    expect(zh.body.error.message).toBe("请求过于频繁，请稍后再试。");
    // Someone else is not slowed down, and the address is served again a minute later.
    expect((await search("198.51.100.20", 0)).status).toBe(200);
    h.clock.advance(61_000);
    expect((await search("203.0.113.10", 502)).status).toBe(200);
  });

  it("the assistant answers 30 questions a minute from one address", async () => {
    for (let i = 0; i < 30; i++) expect((await ask("203.0.113.11", i)).status).toBe(200);
    const r = await ask("203.0.113.11", 99, "zh-CN");
    expect(r.status).toBe(429);
    expect(r.body.error.message).toBe("请求过于频繁，请稍后再试。");
    expect((await ask("198.51.100.21", 0)).status).toBe(200);
  });

  it("survey answers (guesses included) are bounded at 60 an hour per address, the answer page too", async () => {
    for (let i = 0; i < 60; i++) expect((await answer("203.0.113.12", i)).status).toBe(404);
    expect((await answer("203.0.113.12", 60)).status).toBe(429);
    const page = await h.call("POST", `/survey/${"z".repeat(32)}`, {
      headers: { ...from("203.0.113.12", 61), "content-type": "application/x-www-form-urlencoded" },
      raw: "nps=9",
    });
    expect(page.status).toBe(429);
    expect((await answer("198.51.100.22", 0)).status).toBe(404);
    h.clock.advance(3_601_000);
    expect((await answer("203.0.113.12", 62)).status).toBe(404);
  });
});
