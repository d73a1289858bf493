import { describe, expect, it } from "vitest";
import { ROLES } from "../../src/shared/roles.js";
import { worldPerFile } from "../fixtures.js";
import type { Reply } from "../harness.js";

const { h, w } = worldPerFile("a");

// Every error answer has the same shape, whatever produced it.
function expectError(r: Reply, status: number, code: string) {
  expect(r.status).toBe(status);
  expect(r.headers.get("content-type")).toMatch(/^application\/json/);
  expect(r.body).toEqual({ error: expect.objectContaining({ code, message: expect.any(String) }) });
  expect(r.body.error.message.length).toBeGreaterThan(0);
  expect(Object.keys(r.body)).toEqual(["error"]);
  expect(Object.keys(r.body.error).every((k) => ["code", "message", "details"].includes(k))).toBe(true);
}

const json = "application/json";
const newCustomer = JSON.stringify({ name: "Raw body", kind: "person" });

describe("request bodies", () => {
  it("answers 400 request.malformed_json for broken JSON", async () => {
    for (const raw of ["{bad", '{"name": "x",}', "", "[1, 2"]) {
      const r = await h.call("POST", "/api/v1/customers", {
        token: w.agent.token,
        raw,
        headers: { "content-type": json },
      });
      expectError(r, 400, "request.malformed_json");
    }
    const zh = await h.call("POST", "/api/v1/customers", {
      token: w.agent.token,
      lang: "zh-CN",
      raw: "{bad",
      headers: { "content-type": json },
    });
    expect(zh.body.error.message).toBe("请求正文不是有效的 JSON。");
  });

  it("answers 415 for a non-JSON content type on a JSON route, with or without a content-length", async () => {
    const sized = await h.call("POST", "/api/v1/customers", {
      token: w.agent.token,
      raw: newCustomer,
      headers: { "content-type": "text/plain", "content-length": String(Buffer.byteLength(newCustomer)) },
    });
    expectError(sized, 415, "request.unsupported_media_type");
    expect(sized.body.error.message).toContain("text/plain");
    // a streamed (chunked) body carries no content-length
    const streamed = await h.call("POST", "/api/v1/customers", {
      token: w.agent.token,
      raw: newCustomer,
      headers: { "content-type": "text/plain" },
    });
    expectError(streamed, 415, "request.unsupported_media_type");
    const form = await h.call("POST", "/api/v1/tickets", {
      token: w.agent.token,
      raw: "subject=x&type=repair",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expectError(form, 415, "request.unsupported_media_type");
    const list = await h.call("GET", "/api/v1/customers?q=Raw%20body", { token: w.agent.token });
    expect(list.body.items).toEqual([]);
    const ok = await h.call("POST", "/api/v1/customers", {
      token: w.agent.token,
      raw: newCustomer,
      headers: { "content-type": "application/json; charset=utf-8" },
    });
    expect(ok.status).toBe(201);
  });

  it("answers 413 for a JSON body over 1 MB", async () => {
    const big = JSON.stringify({
      subject: "big",
      description: "x".repeat(1024 * 1024),
      type: "repair",
      customerId: w.bob.id,
    });
    const r = await h.call("POST", "/api/v1/tickets", {
      token: w.agent.token,
      raw: big,
      headers: { "content-type": json },
    });
    expectError(r, 413, "request.too_large");
    const sized = await h.call("POST", "/api/v1/tickets", {
      token: w.agent.token,
      raw: big,
      headers: { "content-type": json, "content-length": String(big.length) },
    });
    expectError(sized, 413, "request.too_large");
  });

  it("lists each invalid field of a well-formed body", async () => {
    const r = await h.call("POST", "/api/v1/customers", {
      token: w.agent.token,
      body: { name: "", kind: "robot", unexpected: true },
    });
    expectError(r, 400, "request.validation_failed");
    for (const d of r.body.error.details)
      expect(d).toEqual({ path: expect.any(String), message: expect.any(String) });
    expect(r.body.error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(["name", "kind"]),
    );
  });
});

describe("routing and documents", () => {
  it("answers 404 request.not_found for an unknown API path, signed in or not", async () => {
    expectError(await h.call("GET", "/api/v1/nope"), 404, "request.not_found");
    expectError(
      await h.call("POST", "/api/v1/nope", { token: w.admin.token, body: {} }),
      404,
      "request.not_found",
    );
  });

  it("reports health", async () => {
    const r = await h.call("GET", "/healthz");
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ status: "ok" });
  });

  it("serves an OpenAPI 3.1 document in which every operation declares who may call it", async () => {
    const r = await h.call("GET", "/api/openapi.json");
    expect(r.status).toBe(200);
    expect(String(r.body.openapi)).toMatch(/^3\.1\./);
    const ops = operations(r.body);
    expect(ops.length).toBeGreaterThan(20);
    for (const { method, path, op } of ops) {
      const access = op["x-access"];
      const valid =
        access === "public" ||
        access === "signed_in" ||
        access === "account" ||
        (Array.isArray(access) &&
          access.length > 0 &&
          access.every((role: string) => (ROLES as readonly string[]).includes(role)));
      expect(valid, `${method.toUpperCase()} ${path} declares x-access ${JSON.stringify(access)}`).toBe(true);
    }
    const paths = Object.keys(r.body.paths);
    for (const p of [
      "/api/v1/customers",
      "/api/v1/products",
      "/api/v1/units",
      "/api/v1/units/{serial}",
      "/api/v1/tickets",
      "/api/v1/tickets/{ref}",
      "/api/v1/tickets/{ref}/messages",
      "/api/v1/tickets/{ref}/transitions",
      "/api/v1/tickets/{ref}/events",
      "/api/v1/audit/verify",
      "/api/v1/auth/login",
      "/api/v1/me",
    ]) {
      expect(paths, p).toContain(p);
    }
    const find = (method: string, path: string) =>
      ops.find((o) => o.method === method && o.path === path)?.op["x-access"];
    expect(find("post", "/api/v1/auth/login")).toBe("public");
    expect(find("get", "/api/v1/me")).toBe("account");
    expect(find("get", "/api/v1/tickets")).toBe("signed_in");
    expect(find("get", "/api/v1/audit/verify")).toEqual(["admin", "auditor"]);
    expect(find("post", "/api/v1/products")).toEqual(["admin"]);
  });

  it("enforces what the document declares: 401 for anonymous callers, 403 for roles not listed", async () => {
    const doc = (await h.call("GET", "/api/openapi.json")).body;
    let checked = 0;
    for (const { method, path, op } of operations(doc)) {
      const access = op["x-access"];
      if (access === "public") continue;
      const url = path.replace(/\{[^}]+\}/g, "x-does-not-exist");
      const anonymous = await h.call(method.toUpperCase(), url);
      expect(anonymous.status, `${method.toUpperCase()} ${path} without a token`).toBe(401);
      expectError(anonymous, 401, "auth.required");
      if (Array.isArray(access) && !access.includes("customer")) {
        const asCustomer = await h.call(method.toUpperCase(), url, { token: w.aliceUser.token });
        expect(asCustomer.status, `${method.toUpperCase()} ${path} as a customer`).toBe(403);
        expectError(asCustomer, 403, "auth.forbidden");
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(15);
  });

  it("serves a readable API reference page", async () => {
    const res = await h.app.request("/api/docs");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain("/api/openapi.json");
  });
});

describe("headers and failures", () => {
  it("sends the secure headers on pages, API answers and errors", async () => {
    for (const r of [
      await h.call("GET", "/healthz"),
      await h.call("GET", "/api/v1/me", { token: w.agent.token }),
      await h.call("GET", "/api/v1/me"),
      await h.call("GET", "/api/v1/nope"),
      await h.call("GET", "/api/docs"),
    ]) {
      expect(r.headers.get("x-content-type-options")).toBe("nosniff");
      expect(r.headers.get("x-frame-options")).toMatch(/^(DENY|SAMEORIGIN)$/);
      expect(r.headers.get("x-request-id")).toBeTruthy();
    }
  });

  it("answers an internal failure with a plain 500 that names the request id and leaks nothing", async () => {
    // A real failure: the customers table is briefly unavailable.
    await h.database.query("alter table customers rename to customers_unavailable");
    let r: Reply;
    let zh: Reply;
    try {
      r = await h.call("GET", "/api/v1/customers", { token: w.agent.token });
      zh = await h.call("GET", "/api/v1/customers", { token: w.agent.token, lang: "zh-CN" });
    } finally {
      await h.database.query("alter table customers_unavailable rename to customers");
    }
    expectError(r, 500, "internal.error");
    const requestId = r.headers.get("x-request-id");
    expect(requestId).toBeTruthy();
    expect(r.body.error.message).toContain(String(requestId));
    const text = JSON.stringify(r.body);
    for (const leak of ["customers", "relation", "select", "stack", "    at ", ".ts:", "node_modules"])
      expect(text).not.toContain(leak);
    expectError(zh, 500, "internal.error");
    expect(zh.body.error.message).toContain("服务器内部错误");
    expect((await h.call("GET", "/api/v1/customers", { token: w.agent.token })).status).toBe(200);
  });
});

type Operation = { method: string; path: string; op: Record<string, any> };
function operations(doc: { paths: Record<string, Record<string, any>> }): Operation[] {
  const methods = ["get", "post", "put", "patch", "delete"];
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => methods.includes(method))
      .map(([method, op]) => ({ method, path, op })),
  );
}
