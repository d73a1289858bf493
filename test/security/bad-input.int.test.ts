import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

// Bad input on every write route: always a 4xx with a clear message, never a 5xx, and the
// server keeps answering afterwards.
const { h, w } = worldPerFile("bad");
let writes: { method: string; path: string }[] = [];
const SKIP = new Set([
  "POST /api/v1/auth/logout",
  "POST /api/v1/channels/email/inbound",
  "POST /api/v1/attachments",
]);

beforeAll(async () => {
  const doc = (await h.call("GET", "/api/openapi.json")).body;
  for (const [path, ops] of Object.entries<Record<string, { requestBody?: unknown }>>(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const m = method.toUpperCase();
      // Only operations that take a body; the others ignore one.
      if (op.requestBody && ["POST", "PUT", "PATCH"].includes(m) && !SKIP.has(`${m} ${path}`))
        writes.push({ method: m, path });
    }
  }
  writes = writes.map((o) => ({ ...o, path: o.path.replace(/\{[^}]+\}/g, "zz_missing") }));
});

const raw = (method: string, path: string, body: string, type = "application/json") =>
  h.call(method, path, { token: w.admin.token, raw: body, headers: { "content-type": type } });

function expectClearClientError(r: { status: number; body: any }, label: string) {
  expect(r.status, label).toBeGreaterThanOrEqual(400);
  expect(r.status, label).toBeLessThan(500);
  expect(typeof r.body?.error?.code, label).toBe("string");
  expect(r.body.error.message.length, label).toBeGreaterThan(3);
}

describe("bad input on every write route", () => {
  it("answers malformed JSON, wrong types, deep nesting and NUL characters with a 4xx", async () => {
    const deep = `${"[".repeat(20_000)}${"]".repeat(20_000)}`;
    const corpus = [
      '{"subject":',
      "[]",
      '"text"',
      "123",
      "null",
      '{"subject":123,"type":["x"]}',
      deep,
      '{"name":"a\\u0000b","kind":"person"}',
      "\u00ff\u00fe",
    ];
    expect(writes.length).toBeGreaterThan(25);
    for (const o of writes) {
      for (const body of corpus)
        expectClearClientError(
          await raw(o.method, o.path, body),
          `${o.method} ${o.path} ${body.slice(0, 20)}`,
        );
    }
    expect((await h.call("GET", "/healthz")).status).toBe(200);
  });

  it("refuses a body over the limit with 413", async () => {
    const r = await raw(
      "POST",
      "/api/v1/customers",
      JSON.stringify({ name: "x".repeat(2 * 1024 * 1024), kind: "person" }),
    );
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe("request.too_large");
  });

  it("keeps SQL and HTML injection strings as plain text", async () => {
    const names = [
      "'; DROP TABLE tickets; --",
      "<script>alert(1)</script>",
      'Robert"); DELETE FROM customers;--',
      "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👩‍🔧 \u202Eevil",
      "张三\u200B",
    ];
    for (const name of names) {
      const r = await h.call("POST", "/api/v1/customers", {
        token: w.admin.token,
        body: { name, kind: "person" },
      });
      expect(r.status).toBe(201);
      expect(
        (await h.call("GET", `/api/v1/customers/${r.body.id}`, { token: w.admin.token })).body.name,
      ).toBe(name.trim());
    }
    const list = await h.call("GET", "/api/v1/tickets", { token: w.admin.token });
    expect(list.status).toBe(200);
  });

  it("stores a zip bomb as the small file it is, never expanding it", async () => {
    // 10 MB of zeros deflate to ~10 KB: the server must keep the compressed bytes, not open them.
    const { deflateRawSync } = await import("node:zlib");
    const data = deflateRawSync(Buffer.alloc(10 * 1024 * 1024));
    const name = Buffer.from("zeros.bin");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(10 * 1024 * 1024, 22);
    local.writeUInt16LE(name.length, 26);
    const zip = Buffer.concat([local, name, data]);
    const form = new FormData();
    form.append("file", new File([zip], "bomb.zip", { type: "application/zip" }));
    const r = await h.call("POST", "/api/v1/attachments", { token: w.admin.token, raw: form });
    expect(r.status).toBe(201);
    expect(r.body.size).toBe(zip.length);
    expect(r.body.size).toBeLessThan(64 * 1024);
  });

  it("refuses impossible dates", async () => {
    for (const purchasedAt of [
      "2025-02-30",
      "2025-13-01",
      "0000-00-00",
      "yesterday",
      "2025-1-1",
      "+275760-09-13",
    ]) {
      const r = await h.call("POST", "/api/v1/units", {
        token: w.admin.token,
        body: {
          serial: `D-${purchasedAt}`.replace(/[^A-Za-z0-9-]/g, "x"),
          productSku: w.washer.sku,
          customerId: w.bob.id,
          purchasedAt,
        },
      });
      expectClearClientError(r, purchasedAt);
    }
  });

  it("never answers 5xx to random JSON on any write route (property-based)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...writes), fc.jsonValue({ maxDepth: 4 }), async (o, value) => {
        const r = await raw(o.method, o.path, JSON.stringify(value));
        expect(r.status, `${o.method} ${o.path} ${JSON.stringify(value).slice(0, 80)}`).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
