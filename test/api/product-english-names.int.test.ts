import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

const { h, worlds } = worldPerFile("a");
const [w] = worlds;
const tag = Math.random().toString(36).slice(2, 7);

describe("products' English names", () => {
  it("are stored, returned with units and tickets, found by search, and cleared by an empty patch", async () => {
    const created = await h.call("POST", "/api/v1/products", {
      token: w.admin.token,
      body: { sku: `DRY-${tag}`, name: "干衣机 X1", nameEn: "Tumble dryer X1", warrantyMonths: 12 },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "干衣机 X1", nameEn: "Tumble dryer X1" });
    const bare = await w.post("/api/v1/products", {
      sku: `BARE-${tag}`,
      name: "无英文名",
      warrantyMonths: 12,
    });
    expect(bare.nameEn).toBeNull();

    // The English name finds the product, its units and the tickets about them.
    const found = await h.call("GET", "/api/v1/products?q=tumble", { token: w.agent.token });
    expect(found.body.items.map((p: { sku: string }) => p.sku)).toEqual([`DRY-${tag}`]);
    const unit = await h.call("POST", "/api/v1/units", {
      token: w.agent.token,
      body: {
        serial: `DRY${tag}01`,
        productSku: `DRY-${tag}`,
        customerId: w.alice.id,
        purchasedAt: "2026-01-05",
      },
    });
    expect(unit.status).toBe(201);
    expect(unit.body).toMatchObject({ productName: "干衣机 X1", productNameEn: "Tumble dryer X1" });
    const units = await h.call("GET", "/api/v1/units?q=Tumble", { token: w.agent.token });
    expect(units.body.items.map((u: { serial: string }) => u.serial)).toContain(`DRY${tag}01`);

    const ticket = await w.post("/api/v1/tickets", {
      subject: "Does not heat",
      description: "Clothes stay damp",
      type: "repair",
      customerId: w.alice.id,
      unitSerial: `DRY${tag}01`,
    });
    const read = await h.call("GET", `/api/v1/tickets/${ticket.id}`, { token: w.agent.token });
    expect(read.body).toMatchObject({ productName: "干衣机 X1", productNameEn: "Tumble dryer X1" });
    const search = await h.call("GET", "/api/v1/tickets?q=Tumble%20dryer", { token: w.agent.token });
    const hit = search.body.items.find((t: { id: string }) => t.id === ticket.id);
    expect(hit).toMatchObject({ productNameEn: "Tumble dryer X1" });

    const cleared = await h.call("PATCH", `/api/v1/products/${created.body.id}`, {
      token: w.admin.token,
      body: { nameEn: "" },
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ name: "干衣机 X1", nameEn: null });
  });

  it("refuses an English name longer than 200 characters with a 400 naming the field", async () => {
    const r = await h.call("POST", "/api/v1/products", {
      token: w.admin.token,
      body: { sku: `LONG-${tag}`, name: "长", nameEn: "x".repeat(201), warrantyMonths: 12 },
    });
    expect(r.status).toBe(400);
    expect(r.body.error.details.map((d: { path: string }) => d.path)).toEqual(["nameEn"]);
  });
});
