import { beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Role } from "../../src/shared/roles.js";
import { worldPerFile } from "../fixtures.js";

// Every operation of the OpenAPI document × every role × objects of another tenant: the guard
// each route declares decides 401/403, and another tenant's objects are always "not found".
const { h, worlds } = worldPerFile("a", "b");
const [a, b] = worlds;
let foreignTicket: { id: string; number: string };
type Operation = { method: string; path: string; access: unknown; params: string[] };
let operations: Operation[] = [];

// Routes whose success would spoil the rest of the run for that token.
const SKIP = new Set(["POST /api/v1/auth/logout"]);

beforeAll(async () => {
  const t = await h.call("POST", "/api/v1/tickets", {
    token: b.aliceUser.token,
    body: { subject: "B's ticket", description: "d", type: "repair", unitSerial: b.aliceUnit.serial },
  });
  foreignTicket = t.body;
  const doc = (await h.call("GET", "/api/openapi.json")).body;
  for (const [path, ops] of Object.entries<Record<string, Record<string, unknown>>>(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const params = ((op.parameters as { in: string; name: string }[] | undefined) ?? [])
        .filter((p) => p.in === "path")
        .map((p) => p.name);
      operations.push({ method: method.toUpperCase(), path, access: op["x-access"], params });
    }
  }
  operations = operations.filter((o) => !SKIP.has(`${o.method} ${o.path}`));
});

function foreignValue(path: string, name: string): string {
  if (name === "ref") return foreignTicket.number;
  if (name === "serial") return b.aliceUnit.serial;
  const collection = path.split("/{")[0]?.split("/").pop();
  if (collection === "customers") return b.alice.id;
  if (collection === "users") return b.agent.id;
  if (collection === "products") return b.washer.id;
  return "zz_not_in_this_tenant";
}

const urlFor = (o: Operation) =>
  o.params.reduce((url, p) => url.replace(`{${p}}`, encodeURIComponent(foreignValue(o.path, p))), o.path);

function tokenOf(role: Role): string {
  const byRole: Record<Role, { token: string }> = {
    admin: a.admin,
    supervisor: a.supervisor,
    agent: a.agent,
    technician: a.technician,
    qa: a.qa,
    dealer: a.dealer,
    customer: a.aliceUser,
  };
  return byRole[role].token;
}

describe("isolation matrix", () => {
  it("covers every operation, each with a declared guard", () => {
    expect(operations.length).toBeGreaterThan(40);
    const unguarded = operations.filter(
      (o) => !(o.access === "public" || o.access === "signed_in" || Array.isArray(o.access)),
    );
    expect(unguarded.map((o) => `${o.method} ${o.path}`)).toEqual([]);
  });

  it("answers 401 without a token on every guarded operation", async () => {
    const wrong: string[] = [];
    for (const o of operations.filter((op) => op.access !== "public")) {
      const r = await h.call(
        o.method,
        urlFor(o),
        o.method === "GET" || o.method === "DELETE" ? {} : { body: {} },
      );
      if (r.status !== 401) wrong.push(`${o.method} ${o.path} → ${r.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it("lets each role through only where declared, and never shows another tenant's objects", async () => {
    const wrong: string[] = [];
    for (const o of operations.filter((op) => op.access !== "public")) {
      for (const role of ROLES) {
        const allowed = o.access === "signed_in" || (Array.isArray(o.access) && o.access.includes(role));
        const r = await h.call(o.method, urlFor(o), {
          token: tokenOf(role),
          ...(o.method === "GET" || o.method === "DELETE" ? {} : { body: {} }),
        });
        const label = `${role} ${o.method} ${o.path} → ${r.status}`;
        if (r.status >= 500) wrong.push(`${label} (server error)`);
        else if (!allowed && r.status !== 403) wrong.push(`${label} (expected 403)`);
        else if (allowed && (r.status === 401 || r.status === 403))
          wrong.push(`${label} (expected to pass the guard)`);
        else if (allowed && o.params.length > 0 && r.status < 300)
          wrong.push(`${label} (another tenant's object answered)`);
        else if (allowed && o.params.length > 0 && o.method === "GET" && r.status !== 404)
          wrong.push(`${label} (expected 404)`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("shows another customer of the same tenant as not found, and their data never in lists", async () => {
    const bobTicket = await h.call("POST", "/api/v1/tickets", {
      token: a.bobUser.token,
      body: { subject: "Bob's", description: "d", type: "repair" },
    });
    for (const url of [
      `/api/v1/tickets/${bobTicket.body.number}`,
      `/api/v1/tickets/${bobTicket.body.id}/messages`,
      `/api/v1/tickets/${bobTicket.body.id}/events`,
      `/api/v1/customers/${a.bob.id}`,
      `/api/v1/units/${a.bobUnit.serial}`,
    ]) {
      expect((await h.call("GET", url, { token: a.aliceUser.token })).status, url).toBe(404);
    }
    for (const url of [
      "/api/v1/tickets?limit=200",
      "/api/v1/customers?limit=200",
      "/api/v1/units?limit=200",
    ]) {
      const r = await h.call("GET", url, { token: a.aliceUser.token });
      expect(JSON.stringify(r.body), url).not.toContain(a.bob.id);
    }
  });
});
