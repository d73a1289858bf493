import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/server/platform/logger.js";
import { worldPerFile } from "../fixtures.js";

// Hole 10 of issue 12: malformed cursors answered 500, and the error log kept the failed
// statement's parameters (personal data).
const ctx = worldPerFile("errors");
const cursor = (parts: unknown) => Buffer.from(JSON.stringify(parts)).toString("base64url");

describe("malformed cursors are a translated 400, never a 500", () => {
  const later = "2026-01-01T00:00:00.000Z";
  const cases: [string, string][] = [
    ["/api/v1/tickets", cursor(["not a date", "tkt_x"])],
    ["/api/v1/tickets", cursor([later])],
    ["/api/v1/tickets", cursor([later, "tkt_x", "extra"])],
    ["/api/v1/tickets", cursor([later, 42])],
    ["/api/v1/tickets?sort=sla_due", cursor(["soon", "tkt_x"])],
    ["/api/v1/tickets?sort=priority", cursor(["A", "2026-13-45T99:00:00Z", "tkt_x"])],
    ["/api/v1/tickets", cursor(["2026-01-01T00:00:00.000Z\u0000", "tkt_x"])],
    ["/api/v1/customers", cursor(["cus_\u0000"])],
    ["/api/v1/customers", cursor([{ id: 1 }])],
    ["/api/v1/users", cursor([])],
    ["/api/v1/units", cursor([1e308])],
    ["/api/v1/audit", "%%%"],
    ["/api/v1/tickets", "' OR 1=1 --"],
  ];
  it.each(cases)("%s with cursor %s", async (path, c) => {
    const { h, w } = ctx;
    const url = `${path}${path.includes("?") ? "&" : "?"}cursor=${encodeURIComponent(c)}`;
    for (const lang of ["en", "zh-CN"]) {
      const r = await h.call("GET", url, { token: w.admin.token, lang });
      expect(r.status, url).toBe(400);
      expect(r.body.error.code).toBe("request.invalid_cursor");
      expect(r.body.error.message).toMatch(lang === "en" ? /cursor/ : /游标/);
    }
  });

  it("a cursor from a real page still pages", async () => {
    const { h, w } = ctx;
    for (const sort of ["created_desc", "priority", "sla_due"]) {
      const first = await h.call("GET", `/api/v1/tickets?limit=1&sort=${sort}`, { token: w.admin.token });
      if (!first.body.nextCursor) continue;
      const next = await h.call(
        "GET",
        `/api/v1/tickets?limit=1&sort=${sort}&cursor=${encodeURIComponent(first.body.nextCursor)}`,
        { token: w.admin.token },
      );
      expect(next.status).toBe(200);
    }
  });
});

describe("the error log", () => {
  it("keeps the failed SQL but not its parameters", async () => {
    const { h } = ctx;
    const lines: string[] = [];
    const logger = createLogger("info", { write: (line: string) => void lines.push(line) });
    const secret = "alice.private@example.com";
    const err = await h.services.db.execute(sql`select ${secret}::int as n`).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(Error);
    logger.error({ err, requestId: "req_1" }, "unhandled error");
    const log = lines.join("");
    expect(log).toContain("select $1::int");
    expect(log).toContain("redacted");
    expect(log).not.toContain(secret);
  });
});
