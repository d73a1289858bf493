import { afterAll, beforeAll } from "vitest";
import { bootstrapTenant } from "../src/server/demo/bootstrap.js";
import { type Harness, startHarness } from "./harness.js";

export const PASSWORD = "secret-password";

let seq = 0;
const unique = (prefix: string) => `${prefix}${++seq}-${Math.random().toString(36).slice(2, 7)}`;

export type World = Awaited<ReturnType<typeof buildWorld>>;

// One tenant with a person in every role, two customers with units, a dealer outlet, and tokens.
export async function buildWorld(h: Harness, label = "a") {
  const slug = unique(`t${label}`);
  const adminEmail = `admin.${slug}@test.local`;
  const { tenantId } = await bootstrapTenant(h.services.db, {
    name: `Tenant ${label}`,
    slug,
    timezone: "Asia/Shanghai",
    defaultLocale: "en",
    adminEmail,
    adminName: "Admin",
    adminPassword: PASSWORD,
  });
  const admin = await h.login(adminEmail, PASSWORD);
  const post = async (path: string, body: unknown, token = admin) => {
    const r = await h.call("POST", path, { token, body });
    if (r.status !== 201) throw new Error(`${path} → ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  };
  const outletId = await (async () => {
    const { outlets } = await import("../src/server/modules/tenancy/tenancy.tables.js");
    const id = `out_${slug}`;
    await h.services.db.insert(outlets).values({ id, tenantId, name: "Xuhui store" });
    return id;
  })();
  const alice = await post("/api/v1/customers", {
    name: "Alice",
    kind: "person",
    email: `alice.${slug}@example.com`,
    tier: "gold",
    outletId,
  });
  const bob = await post("/api/v1/customers", {
    name: "Bob",
    kind: "person",
    email: `bob.${slug}@example.com`,
  });
  const user = async (role: string, extra: Record<string, unknown> = {}) => {
    const email = `${role}.${unique("u")}.${slug}@test.local`;
    const u = await post("/api/v1/users", {
      email,
      name: `${role} ${label}`,
      role,
      password: PASSWORD,
      ...extra,
    });
    return { ...u, token: await h.login(email, PASSWORD) };
  };
  const washer = await post("/api/v1/products", {
    sku: `WM-${slug}`,
    name: "Washer",
    warrantyMonths: 24,
    skills: ["washer"],
  });
  const today = new Date().toISOString().slice(0, 10);
  const recent = new Date(Date.now() - 100 * 86_400_000).toISOString().slice(0, 10);
  const old = new Date(Date.now() - 4 * 365 * 86_400_000).toISOString().slice(0, 10);
  const aliceUnit = await post("/api/v1/units", {
    serial: `SN-A-${slug}`,
    productSku: washer.sku,
    customerId: alice.id,
    purchasedAt: recent,
  });
  const aliceOldUnit = await post("/api/v1/units", {
    serial: `SN-O-${slug}`,
    productSku: washer.sku,
    customerId: alice.id,
    purchasedAt: old,
  });
  const bobUnit = await post("/api/v1/units", {
    serial: `SN-B-${slug}`,
    productSku: washer.sku,
    customerId: bob.id,
    purchasedAt: today,
  });
  return {
    tenantId,
    admin: { token: admin, email: adminEmail },
    agent: await user("agent", { skills: ["washer"] }),
    supervisor: await user("supervisor"),
    technician: await user("technician"),
    qa: await user("qa"),
    auditor: await user("auditor"),
    dealer: await user("dealer", { outletId }),
    aliceUser: await user("customer", { customerId: alice.id }),
    bobUser: await user("customer", { customerId: bob.id }),
    alice,
    bob,
    outletId,
    washer,
    aliceUnit,
    aliceOldUnit,
    bobUnit,
    post,
  };
}

// A value that a beforeAll hook fills in, usable as a plain object from the start: a file writes
// `const { h, w } = worldPerFile("a")` once and then `h.call(…)` in its tests, without `let`s and
// a setup block of its own. Reading it before the hook has run throws.
function filledLater<T extends object>(what: string): { value: T; fill(v: T): void } {
  let current: T | undefined;
  const target = (): T => {
    if (!current) throw new Error(`${what} is set in beforeAll: read it inside a hook or a test`);
    return current;
  };
  const value = new Proxy({} as T, {
    get: (_, key) => Reflect.get(target(), key),
    set: (_, key, v) => Reflect.set(target(), key, v),
    has: (_, key) => Reflect.has(target(), key),
    ownKeys: () => Reflect.ownKeys(target()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(target(), key),
  });
  return { value, fill: (v) => (current = v) };
}

// One harness for the whole file (a fresh database from the migrated snapshot), closed afterwards.
export function harnessPerFile(): { h: Harness } {
  const h = filledLater<Harness>("the harness");
  let started: Harness | undefined;
  beforeAll(async () => {
    started = await startHarness();
    h.fill(started);
  });
  afterAll(async () => started?.close());
  return { h: h.value };
}

// The usual file setup: one harness and one world per label (tenants with a person in every role),
// built once for the whole file. `w` is the first world; `worlds` all of them, in label order.
export function worldPerFile<const L extends readonly [string, ...string[]]>(
  ...labels: L
): { h: Harness; w: World; worlds: { [K in keyof L]: World } } {
  const { h } = harnessPerFile();
  const worlds = labels.map((label) => filledLater<World>(`world "${label}"`));
  beforeAll(async () => {
    for (const [i, label] of labels.entries()) worlds[i]?.fill(await buildWorld(h, label));
  });
  const values = worlds.map((x) => x.value);
  return { h, w: values[0] as World, worlds: values as { [K in keyof L]: World } };
}
