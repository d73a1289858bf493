import { beforeAll, describe, expect, it } from "vitest";
import { PASSWORD, worldPerFile } from "../fixtures.js";

const { h, worlds } = worldPerFile("a", "b");
const [w, other] = worlds;

const tag = Math.random().toString(36).slice(2, 7);
// The tenant's calendar date (buildWorld tenants live in Asia/Shanghai), `days` from the harness clock's today.
const tenantDay = (days = 0) =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(h.clock.now().getTime() + days * 86_400_000));
const ids = (r: { body: { items: { id: string }[] } }) => r.body.items.map((i) => i.id);

describe("customers", () => {
  it("creates a customer with the standard tier unless told otherwise", async () => {
    const r = await h.call("POST", "/api/v1/customers", {
      token: w.agent.token,
      body: { name: "Carol Chen", kind: "person", email: "Carol@Example.com", phone: "+86 138 0000 0000" },
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      name: "Carol Chen",
      kind: "person",
      email: "carol@example.com",
      phone: "+86 138 0000 0000",
      tier: "standard",
      outletId: null,
    });
    expect(typeof r.body.id).toBe("string");
    const vip = await h.call("POST", "/api/v1/customers", {
      token: w.agent.token,
      body: { name: "Big Corp", kind: "company", tier: "vip" },
    });
    expect(vip.body.tier).toBe("vip");
    const fetched = await h.call("GET", `/api/v1/customers/${r.body.id}`, { token: w.supervisor.token });
    expect(fetched.body).toEqual(r.body);
  });

  it("lists every invalid field in a 400", async () => {
    const r = await h.call("POST", "/api/v1/customers", {
      token: w.agent.token,
      body: { name: "", kind: "alien", email: "not-an-email", tier: "platinum" },
    });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe("request.validation_failed");
    const paths = r.body.error.details.map((d: { path: string }) => d.path).sort();
    expect(paths).toEqual(["email", "kind", "name", "tier"]);
    for (const d of r.body.error.details) expect(d.message.length).toBeGreaterThan(0);
    const missing = await h.call("POST", "/api/v1/customers", { token: w.agent.token, body: {} });
    expect(missing.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(["kind", "name"]);
  });

  it("finds customers by name, e-mail or phone with ?q=", async () => {
    const needle = await w.post("/api/v1/customers", {
      name: `Zhang Wei ${tag}`,
      kind: "person",
      email: `zw.${tag}@example.com`,
      phone: "+86 139 1234 5678",
    });
    const byName = await h.call("GET", `/api/v1/customers?q=${encodeURIComponent(`wei ${tag}`)}`, {
      token: w.agent.token,
    });
    expect(byName.status).toBe(200);
    expect(ids(byName)).toEqual([needle.id]);
    const byEmail = await h.call("GET", `/api/v1/customers?q=zw.${tag}`, { token: w.agent.token });
    expect(ids(byEmail)).toEqual([needle.id]);
    const byPhone = await h.call("GET", `/api/v1/customers?q=${encodeURIComponent("1234 5678")}`, {
      token: w.agent.token,
    });
    expect(ids(byPhone)).toContain(needle.id);
    const none = await h.call("GET", "/api/v1/customers?q=nobody-is-called-this", { token: w.agent.token });
    expect(none.body.items).toEqual([]);
    const wildcard = await h.call("GET", "/api/v1/customers?q=%25", { token: w.agent.token });
    expect(wildcard.body.items).toEqual([]);
    const otherTenant = await h.call("GET", `/api/v1/customers?q=${encodeURIComponent(`wei ${tag}`)}`, {
      token: other.agent.token,
    });
    expect(otherTenant.body.items).toEqual([]);
  });

  it("lets a customer read only their own record", async () => {
    const mine = await h.call("GET", `/api/v1/customers/${w.alice.id}`, { token: w.aliceUser.token });
    expect(mine.status).toBe(200);
    expect(mine.body.id).toBe(w.alice.id);
    const theirs = await h.call("GET", `/api/v1/customers/${w.bob.id}`, { token: w.aliceUser.token });
    expect(theirs.status).toBe(404);
    expect(theirs.body.error.code).toBe("customer.not_found");
    const list = await h.call("GET", "/api/v1/customers", { token: w.aliceUser.token });
    expect(ids(list)).toEqual([w.alice.id]);
    const create = await h.call("POST", "/api/v1/customers", {
      token: w.aliceUser.token,
      body: { name: "Sock puppet", kind: "person" },
    });
    expect(create.status).toBe(403);
  });

  it("answers 404 for another tenant's customer", async () => {
    const r = await h.call("GET", `/api/v1/customers/${other.alice.id}`, { token: w.admin.token });
    expect(r.status).toBe(404);
    const patch = await h.call("PATCH", `/api/v1/customers/${other.alice.id}`, {
      token: w.admin.token,
      body: { tier: "vip" },
    });
    expect(patch.status).toBe(404);
    expect(
      (await h.call("GET", `/api/v1/customers/${other.alice.id}`, { token: other.admin.token })).body.tier,
    ).toBe("gold");
  });

  it("shows a dealer only their outlet's customers and files new ones under that outlet", async () => {
    const list = await h.call("GET", "/api/v1/customers?limit=200", { token: w.dealer.token });
    expect(list.status).toBe(200);
    expect(ids(list)).toContain(w.alice.id);
    expect(ids(list)).not.toContain(w.bob.id);
    expect(list.body.items.every((c: { outletId: string }) => c.outletId === w.outletId)).toBe(true);
    expect((await h.call("GET", `/api/v1/customers/${w.bob.id}`, { token: w.dealer.token })).status).toBe(
      404,
    );

    const created = await h.call("POST", "/api/v1/customers", {
      token: w.dealer.token,
      body: { name: `Walk-in ${tag}`, kind: "person" },
    });
    expect(created.status).toBe(201);
    expect(created.body.outletId).toBe(w.outletId);
    const again = await h.call("GET", "/api/v1/customers?limit=200", { token: w.dealer.token });
    expect(ids(again)).toContain(created.body.id);
    const bobsPatch = await h.call("PATCH", `/api/v1/customers/${w.bob.id}`, {
      token: w.dealer.token,
      body: { name: "Hijacked" },
    });
    expect(bobsPatch.status).toBe(404);
  });

  it("lets staff change the tier", async () => {
    const c = await w.post("/api/v1/customers", { name: `Tiered ${tag}`, kind: "company" });
    expect(c.tier).toBe("standard");
    const r = await h.call("PATCH", `/api/v1/customers/${c.id}`, {
      token: w.supervisor.token,
      body: { tier: "gold" },
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: c.id, tier: "gold", name: `Tiered ${tag}` });
    expect((await h.call("GET", `/api/v1/customers/${c.id}`, { token: w.agent.token })).body.tier).toBe(
      "gold",
    );
    const bad = await h.call("PATCH", `/api/v1/customers/${c.id}`, {
      token: w.supervisor.token,
      body: { tier: "diamond" },
    });
    expect(bad.status).toBe(400);
    const byCustomer = await h.call("PATCH", `/api/v1/customers/${w.alice.id}`, {
      token: w.aliceUser.token,
      body: { tier: "vip" },
    });
    expect(byCustomer.status).toBe(403);
    expect((await h.call("GET", `/api/v1/customers/${w.alice.id}`, { token: w.agent.token })).body.tier).toBe(
      "gold",
    );
  });
});

describe("products", () => {
  it("lets an admin create a product that everyone signed in can list", async () => {
    const r = await h.call("POST", "/api/v1/products", {
      token: w.admin.token,
      body: { sku: `DR-${tag}`, name: "Dryer", warrantyMonths: 12, skills: ["dryer"] },
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ sku: `DR-${tag}`, name: "Dryer", warrantyMonths: 12, skills: ["dryer"] });
    const list = await h.call("GET", `/api/v1/products?q=DR-${tag}`, { token: w.aliceUser.token });
    expect(list.status).toBe(200);
    expect(list.body.items.map((p: { sku: string }) => p.sku)).toEqual([`DR-${tag}`]);
    const elsewhere = await h.call("GET", `/api/v1/products?q=DR-${tag}`, { token: other.admin.token });
    expect(elsewhere.body.items).toEqual([]);
  });

  it("refuses a duplicate SKU with 409, but the same SKU in another tenant is fine", async () => {
    const sku = `FR-${tag}`;
    expect(
      (
        await h.call("POST", "/api/v1/products", {
          token: w.admin.token,
          body: { sku, name: "Fridge", warrantyMonths: 36 },
        })
      ).status,
    ).toBe(201);
    const dup = await h.call("POST", "/api/v1/products", {
      token: w.admin.token,
      body: { sku, name: "Fridge again", warrantyMonths: 12 },
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe("product.sku_taken");
    expect(dup.body.error.message).toContain(sku);
    const theirs = await h.call("POST", "/api/v1/products", {
      token: other.admin.token,
      body: { sku, name: "Their fridge", warrantyMonths: 12 },
    });
    expect(theirs.status).toBe(201);
  });

  it("lets only admins create products", async () => {
    for (const token of [w.supervisor.token, w.agent.token, w.dealer.token, w.aliceUser.token]) {
      const r = await h.call("POST", "/api/v1/products", {
        token,
        body: { sku: `NO-${tag}`, name: "Nope", warrantyMonths: 12 },
      });
      expect(r.status).toBe(403);
      expect(r.body.error.code).toBe("auth.forbidden");
    }
    const list = await h.call("GET", `/api/v1/products?q=NO-${tag}`, { token: w.admin.token });
    expect(list.body.items).toEqual([]);
  });
});

describe("units and warranty", () => {
  let twoYear: { sku: string };
  let oneYear: { sku: string };
  beforeAll(async () => {
    twoYear = await w.post("/api/v1/products", {
      sku: `AC-${tag}`,
      name: "Air conditioner",
      warrantyMonths: 24,
    });
    oneYear = await w.post("/api/v1/products", { sku: `TV-${tag}`, name: "Television", warrantyMonths: 12 });
  });

  it("computes the last covered day from the purchase date and the product's term", async () => {
    const r = await h.call("POST", "/api/v1/units", {
      token: w.agent.token,
      body: {
        serial: `AC-15-${tag}`,
        productSku: twoYear.sku,
        customerId: w.bob.id,
        purchasedAt: "2025-03-15",
      },
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      serial: `AC-15-${tag}`,
      productSku: twoYear.sku,
      productName: "Air conditioner",
      customerId: w.bob.id,
      purchasedAt: "2025-03-15",
      warrantyEndsAt: "2027-03-14",
    });
    expect(r.body.warranty.endsAt).toBe("2027-03-14");
    const leap = await h.call("POST", "/api/v1/units", {
      token: w.agent.token,
      body: {
        serial: `TV-29-${tag}`,
        productSku: oneYear.sku,
        customerId: w.bob.id,
        purchasedAt: "2024-02-29",
      },
    });
    expect(leap.body.warrantyEndsAt).toBe("2025-02-27");
    const fetched = await h.call("GET", `/api/v1/units/AC-15-${tag}`, { token: w.agent.token });
    expect(fetched.status).toBe(200);
    expect(fetched.body).toMatchObject({
      serial: `AC-15-${tag}`,
      warrantyEndsAt: "2027-03-14",
      warranty: { endsAt: "2027-03-14" },
    });
  });

  it("reports in_warranty or expired for a unit", async () => {
    await w.post("/api/v1/units", {
      serial: `TV-OLD-${tag}`,
      productSku: oneYear.sku,
      customerId: w.bob.id,
      purchasedAt: "2015-06-01",
    });
    const old = await h.call("GET", `/api/v1/units/TV-OLD-${tag}`, { token: w.agent.token });
    expect(old.body.warranty).toEqual({ status: "expired", endsAt: "2016-05-31" });
    const bought = tenantDay(-10);
    await w.post("/api/v1/units", {
      serial: `TV-NEW-${tag}`,
      productSku: oneYear.sku,
      customerId: w.bob.id,
      purchasedAt: bought,
    });
    const fresh = await h.call("GET", `/api/v1/units/TV-NEW-${tag}`, { token: w.agent.token });
    expect(fresh.body.warranty.status).toBe("in_warranty");
    expect(fresh.body.warranty.endsAt > tenantDay()).toBe(true);
  });

  it("refuses a serial that is already registered", async () => {
    const body = {
      serial: `DUP-${tag}`,
      productSku: twoYear.sku,
      customerId: w.bob.id,
      purchasedAt: "2025-01-01",
    };
    expect((await h.call("POST", "/api/v1/units", { token: w.agent.token, body })).status).toBe(201);
    const dup = await h.call("POST", "/api/v1/units", {
      token: w.agent.token,
      body: { ...body, customerId: w.alice.id },
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe("unit.serial_taken");
    expect((await h.call("GET", `/api/v1/units/DUP-${tag}`, { token: w.agent.token })).body.customerId).toBe(
      w.bob.id,
    );
  });

  it("refuses a purchase date in the future or that doesn't exist", async () => {
    const tomorrow = await h.call("POST", "/api/v1/units", {
      token: w.agent.token,
      body: {
        serial: `FUT-${tag}`,
        productSku: twoYear.sku,
        customerId: w.bob.id,
        purchasedAt: tenantDay(1),
      },
    });
    expect(tomorrow.status).toBe(400);
    expect(tomorrow.body.error.code).toBe("unit.purchase_in_future");
    const today = await h.call("POST", "/api/v1/units", {
      token: w.agent.token,
      body: {
        serial: `TODAY-${tag}`,
        productSku: twoYear.sku,
        customerId: w.bob.id,
        purchasedAt: tenantDay(),
      },
    });
    expect(today.status).toBe(201);
    for (const purchasedAt of ["2025-02-30", "2025-13-01", "15/03/2025", "2025-03-15T10:00:00Z"]) {
      const r = await h.call("POST", "/api/v1/units", {
        token: w.agent.token,
        body: { serial: `BAD-${tag}`, productSku: twoYear.sku, customerId: w.bob.id, purchasedAt },
      });
      expect(r.status).toBe(400);
      expect(r.body.error.details.map((d: { path: string }) => d.path)).toEqual(["purchasedAt"]);
    }
    expect((await h.call("GET", `/api/v1/units/BAD-${tag}`, { token: w.agent.token })).status).toBe(404);
    const unknownSku = await h.call("POST", "/api/v1/units", {
      token: w.agent.token,
      body: { serial: `NOSKU-${tag}`, productSku: "NOPE-1", customerId: w.bob.id, purchasedAt: "2025-01-01" },
    });
    expect(unknownSku.status).toBe(404);
  });

  it("names each unit's owner in the unit list, so screens need no customer lookup", async () => {
    const list = await h.call("GET", "/api/v1/units?limit=200", { token: w.agent.token });
    expect(list.status).toBe(200);
    const bySerial = new Map(
      list.body.items.map((u: { serial: string; customerName?: string }) => [u.serial, u.customerName]),
    );
    expect(bySerial.get(w.aliceUnit.serial)).toBe("Alice");
    expect(bySerial.get(w.bobUnit.serial)).toBe("Bob");
  });

  it("lets a customer register a unit for themself (through invoice review) and see only their own", async () => {
    // Customers claim a unit with their invoice; it is theirs once staff accepted it (serial squatting).
    const form = new FormData();
    form.set("serial", `SELF-${tag}`);
    form.set("productSku", twoYear.sku);
    form.set("purchasedAt", "2025-06-01");
    form.set(
      "invoice",
      new File([new TextEncoder().encode("%PDF-1.4\n")], "invoice.pdf", { type: "application/pdf" }),
    );
    const claim = await h.call("POST", "/api/v1/unit-registrations", { token: w.aliceUser.token, raw: form });
    expect(claim.status).toBe(201);
    const approved = await h.call("POST", `/api/v1/unit-registrations/${claim.body.id}/approve`, {
      token: w.agent.token,
    });
    expect(approved.status).toBe(200);
    const r = await h.call("GET", `/api/v1/units/SELF-${tag}`, { token: w.aliceUser.token });
    expect(r.body.customerId).toBe(w.alice.id);
    const sneaky = await h.call("POST", "/api/v1/units", {
      token: w.aliceUser.token,
      body: {
        serial: `SNEAK-${tag}`,
        productSku: twoYear.sku,
        customerId: w.bob.id,
        purchasedAt: "2025-06-01",
      },
    });
    // customers may not register units directly at all (least of all for someone else)
    expect(sneaky.status).toBe(403);
    const sneakySeen = await h.call("GET", `/api/v1/units/SNEAK-${tag}`, { token: w.agent.token });
    expect(sneakySeen.status).toBe(404);

    const list = await h.call("GET", "/api/v1/units?limit=200", { token: w.aliceUser.token });
    expect(list.status).toBe(200);
    const serials = list.body.items.map((u: { serial: string }) => u.serial);
    expect(serials).toEqual(
      expect.arrayContaining([`SELF-${tag}`, w.aliceUnit.serial, w.aliceOldUnit.serial]),
    );
    expect(serials).not.toContain(w.bobUnit.serial);
    expect(list.body.items.every((u: { customerId: string }) => u.customerId === w.alice.id)).toBe(true);
    const filtered = await h.call("GET", `/api/v1/units?customerId=${w.bob.id}`, {
      token: w.aliceUser.token,
    });
    expect(filtered.body.items.every((u: { customerId: string }) => u.customerId === w.alice.id)).toBe(true);

    const own = await h.call("GET", `/api/v1/units/SELF-${tag}`, { token: w.aliceUser.token });
    expect(own.status).toBe(200);
    const bobs = await h.call("GET", `/api/v1/units/${w.bobUnit.serial}`, { token: w.aliceUser.token });
    expect(bobs.status).toBe(404);
    expect(bobs.body.error.code).toBe("unit.not_found");
    const bobSees = await h.call("GET", "/api/v1/units?limit=200", { token: w.bobUser.token });
    expect(bobSees.body.items.map((u: { serial: string }) => u.serial)).not.toContain(`SELF-${tag}`);
    expect(
      (await h.call("GET", `/api/v1/units/${w.aliceUnit.serial}`, { token: other.admin.token })).status,
    ).toBe(404);
  });

  it("expires the warranty once the covered period has passed", async () => {
    const bought = tenantDay(-30);
    await w.post("/api/v1/units", {
      serial: `AGE-${tag}`,
      productSku: oneYear.sku,
      customerId: w.bob.id,
      purchasedAt: bought,
    });
    const before = await h.call("GET", `/api/v1/units/AGE-${tag}`, { token: w.agent.token });
    expect(before.body.warranty.status).toBe("in_warranty");
    const endsAt: string = before.body.warranty.endsAt;
    // Move the clock to the last covered day, then one day further (sessions expire meanwhile: sign in again).
    const daysLeft = Math.round((Date.parse(endsAt) - Date.parse(tenantDay())) / 86_400_000);
    h.clock.advance(daysLeft * 86_400_000);
    expect(tenantDay()).toBe(endsAt);
    const lastDay = await h.call("GET", `/api/v1/units/AGE-${tag}`, {
      token: await h.login(w.agent.email, PASSWORD),
    });
    expect(lastDay.body.warranty.status).toBe("in_warranty");
    h.clock.advance(86_400_000);
    const token = await h.login(w.agent.email, PASSWORD);
    const after = await h.call("GET", `/api/v1/units/AGE-${tag}`, { token });
    expect(after.body.warranty).toEqual({ status: "expired", endsAt });
    const listed = await h.call("GET", `/api/v1/units?q=AGE-${tag}`, { token });
    expect(listed.body.items[0].warranty.status).toBe("expired");
  });
});
