import { beforeAll, describe, expect, it } from "vitest";
import { MODULES } from "../../src/server/modules.js";
import type { IsolationContext, IsolationFixture } from "../../src/server/platform/http/isolation.js";
import { ROLES, type Role } from "../../src/shared/roles.js";
import { worldPerFile } from "../fixtures.js";

// Every operation of the OpenAPI document × every role × objects of another tenant: the guard
// each route declares decides 401/403, and another tenant's objects are always "not found". Each
// module's isolation fixtures create those objects for real, one per id-taking path.
const { h, worlds } = worldPerFile("a", "b");
const [a, b] = worlds;
// Each module declares its fixtures in its definition (`<module>.isolation.ts`).
const FIXTURES: IsolationFixture[] = MODULES.flatMap((m) => m.isolationFixtures ?? []);
type Operation = { method: string; path: string; access: unknown; params: string[] };
let operations: Operation[] = [];
// Per path parameter ("/api/v1/macros/{id}"): the id of a real object of tenant b.
const foreign = new Map<string, string>();
const withoutFixture = new Set<string>();

// Routes whose success would spoil the rest of the run for that token.
const SKIP = new Set(["POST /api/v1/auth/logout"]);

// The path up to and including one of its parameters: what an isolation fixture is declared for.
const upTo = (path: string, param: string) => path.slice(0, path.indexOf(`{${param}}`) + param.length + 2);

let seq = 0;
const asTenantB: IsolationContext = {
  async call(method, path, opts = {}) {
    const r = await h.call(method, path, { token: b.admin.token, ...opts });
    if (r.status >= 300)
      throw new Error(`isolation fixture: ${method} ${path} → ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  },
  login: (email, password) => h.login(email, password),
  unique: () => `${++seq}-${Math.random().toString(36).slice(2, 7)}`,
};

beforeAll(async () => {
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
  for (const o of operations.filter((op) => op.access !== "public")) {
    for (const param of o.params) {
      const key = upTo(o.path, param);
      if (foreign.has(key)) continue;
      const fixture = FIXTURES.find((f) => f.path === key);
      if (fixture) foreign.set(key, await fixture.create(asTenantB));
      else withoutFixture.add(key);
    }
  }
});

// Public paths take no object id of a tenant's (a tenant slug, a one-time token): any value does.
const foreignValue = (path: string, param: string) =>
  foreign.get(upTo(path, param)) ?? "zz_not_in_this_tenant";

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
    auditor: a.auditor,
  };
  return byRole[role].token;
}

describe("isolation matrix", () => {
  it("has a real object of another tenant for every id-taking path", () => {
    expect([...withoutFixture]).toEqual([]);
    // …and no fixture that no path uses any more.
    expect(foreign.size).toBe(FIXTURES.length);
  });

  it("covers every operation, each with a declared guard", () => {
    expect(operations.length).toBeGreaterThan(40);
    const unguarded = operations.filter(
      (o) =>
        !(
          o.access === "public" ||
          o.access === "signed_in" ||
          o.access === "account" ||
          Array.isArray(o.access)
        ),
    );
    expect(unguarded.map((o) => `${o.method} ${o.path}`)).toEqual([]);
  });

  // These two call every operation (once, then once per role): their time grows with the API, not
  // with any one request, hence the longer limit.
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
  }, 300_000);

  it("lets each role through only where declared, and never shows another tenant's objects", async () => {
    const wrong: string[] = [];
    for (const o of operations.filter((op) => op.access !== "public")) {
      for (const role of ROLES) {
        const allowed =
          o.access === "account" ||
          (o.access === "signed_in" && role !== "auditor") ||
          (Array.isArray(o.access) && o.access.includes(role));
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
  }, 300_000);

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

// The service network splits one tenant: staff attached to a node see that subtree's tickets
// only. A real ticket of the North region, opened through every ticket path that takes it, is
// "not found" for the East's manager and for an East outlet's agent, and missing from their lists.
describe("isolation matrix: network regions of one tenant", () => {
  it("a regional manager and an outlet never see another region's ticket; headquarters see all", async () => {
    const admin = a.admin.token;
    const node = async (body: Record<string, unknown>) =>
      (await asTenantA("POST", "/api/v1/network/nodes", { code: `R-${++seq}`, ...body })).id as string;
    const hq = await node({ name: "总部", level: "hq" });
    const east = await node({ name: "华东", level: "region", parentId: hq });
    const north = await node({ name: "华北", level: "region", parentId: hq });
    const eastOutlet = await node({ name: "上海网点", level: "outlet", parentId: east });
    const staff = async (role: string, nodeId: string) => {
      const email = `scope.${++seq}@isolation.test`;
      const u = await asTenantA("POST", "/api/v1/users", {
        email,
        name: `${role} ${seq}`,
        role,
        password: "secret-password",
      });
      await asTenantA("PUT", `/api/v1/network/staff/${u.id}`, { nodeId });
      return h.login(email);
    };
    const eastManager = await staff("supervisor", east);
    const outletAgent = await staff("agent", eastOutlet);
    const northManager = await staff("supervisor", north);

    // Opened by the North's manager: it belongs to the North.
    const subject = `北方区域工单 ${seq}`;
    const northTicket = (
      await h.call("POST", "/api/v1/tickets", {
        token: northManager,
        body: { subject, description: "北京客户报修", type: "repair", customerId: a.alice.id },
      })
    ).body;
    expect(northTicket.number).toBeTruthy();

    const ticketGets = operations.filter(
      (o) => o.method === "GET" && o.params.length === 1 && o.path.startsWith("/api/v1/tickets/{"),
    );
    expect(ticketGets.length).toBeGreaterThan(4);
    const wrong: string[] = [];
    for (const [who, token] of [
      ["east manager", eastManager],
      ["east outlet agent", outletAgent],
    ] as const) {
      for (const o of ticketGets) {
        const r = await h.call("GET", o.path.replace(/\{\w+\}/, northTicket.number), { token });
        if (r.status !== 404 && r.status !== 403) wrong.push(`${who} GET ${o.path} → ${r.status}`);
      }
      for (const [method, path, body] of [
        ["POST", `/api/v1/tickets/${northTicket.number}/messages`, { body: "x", visibility: "internal" }],
        ["POST", `/api/v1/tickets/${northTicket.number}/transitions`, { action: "start" }],
        ["PATCH", `/api/v1/tickets/${northTicket.number}`, { priority: "A" }],
      ] as const) {
        const r = await h.call(method, path, { token, body });
        if (r.status !== 404) wrong.push(`${who} ${method} ${path} → ${r.status}`);
      }
      for (const url of ["/api/v1/tickets?limit=200", `/api/v1/tickets?q=${encodeURIComponent(subject)}`]) {
        const r = await h.call("GET", url, { token });
        if (JSON.stringify(r.body).includes(northTicket.id)) wrong.push(`${who} ${url} lists it`);
      }
    }
    expect(wrong).toEqual([]);

    // The North's manager and headquarters (attached nowhere) open it; so does its own list.
    for (const token of [northManager, a.supervisor.token, admin]) {
      expect((await h.call("GET", `/api/v1/tickets/${northTicket.number}`, { token })).status).toBe(200);
    }
    const northList = await h.call("GET", "/api/v1/tickets?limit=200", { token: northManager });
    expect(JSON.stringify(northList.body)).toContain(northTicket.id);

    // Handed to the East's outlet, it moves: the outlet and the East see it, the North no longer.
    await asTenantA("PUT", `/api/v1/tickets/${northTicket.number}/node`, { nodeId: eastOutlet });
    for (const token of [eastManager, outletAgent])
      expect((await h.call("GET", `/api/v1/tickets/${northTicket.number}`, { token })).status).toBe(200);
    expect(
      (await h.call("GET", `/api/v1/tickets/${northTicket.number}`, { token: northManager })).status,
    ).toBe(404);
  });
});

async function asTenantA(method: string, path: string, body: unknown) {
  const r = await h.call(method, path, { token: a.admin.token, body });
  if (r.status >= 300) throw new Error(`${method} ${path} → ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}
