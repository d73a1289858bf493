import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWorld, type World } from "../fixtures.js";
import { type Harness, startHarness } from "../harness.js";

// What agents type into search: a customer's name, a phone number in whatever form the caller ID
// or the customer gives it, a serial, a product, or a part of the service order number.
let h: Harness;
let w: World;
let other: World;
let liu: { id: string };
let ticket: { id: string; number: string };
let unrelated: { id: string; number: string };

beforeAll(async () => {
  h = await startHarness();
  w = await buildWorld(h, "a");
  other = await buildWorld(h, "b");
  liu = await w.post("/api/v1/customers", {
    name: "刘明艳",
    kind: "person",
    email: "liu.mingyan@example.com",
    phone: "+86 138-0000-0142",
  });
  await w.post("/api/v1/products", { sku: "RV-PRO", name: "Robot vacuum Pro", warrantyMonths: 12 });
  await w.post("/api/v1/units", {
    serial: "RV2025001081",
    productSku: "RV-PRO",
    customerId: liu.id,
    purchasedAt: new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10),
  });
  ticket = await w.post(
    "/api/v1/tickets",
    {
      subject: "Noise",
      description: "It beeps",
      type: "repair",
      customerId: liu.id,
      unitSerial: "RV2025001081",
    },
    w.agent.token,
  );
  unrelated = await w.post(
    "/api/v1/tickets",
    { subject: "Other", description: "Something else", type: "repair", customerId: w.bob.id },
    w.agent.token,
  );
});
afterAll(async () => h?.close());

async function search(q: string, token = w.agent.token): Promise<string[]> {
  const r = await h.call("GET", `/api/v1/tickets?limit=200&q=${encodeURIComponent(q)}`, { token });
  expect(r.status).toBe(200);
  return r.body.items.map((i: { id: string }) => i.id);
}

describe("ticket search by customer, unit, product and partial number", () => {
  it("does not bring a customer's tickets for one or two letters of their e-mail", async () => {
    // "Noise" / "It beeps" hold no "y" and no "mi"; the customer's e-mail (liu.mingyan@…) holds both.
    expect(await search("y")).not.toContain(ticket.id);
    expect(await search("mi")).not.toContain(ticket.id);
    expect(await search("mingyan")).toContain(ticket.id);
  });

  it("finds a ticket by the customer's name, e-mail and phone in any written form", async () => {
    for (const q of [
      "刘明艳",
      "明艳",
      "liu.mingyan@example",
      "13800000142",
      "138 0000 0142",
      "+86 138-0000-0142",
      "0086 13800000142",
      "(138) 0000-0142",
      "0000 0142",
    ]) {
      const found = await search(q);
      expect(found, q).toContain(ticket.id);
      expect(found, q).not.toContain(unrelated.id);
    }
  });

  it("finds a ticket by its unit's serial (whole or part) and product name", async () => {
    for (const q of ["RV2025001081", "rv2025001081", "001081", "Robot vacuum"]) {
      const found = await search(q);
      expect(found, q).toContain(ticket.id);
      expect(found, q).not.toContain(unrelated.id);
    }
  });

  it("finds a ticket by a part of its service order number", async () => {
    const seq = ticket.number.slice(-6); // SO-2026-000123 → 000123
    expect(await search(seq)).toContain(ticket.id);
    expect(await search(seq.slice(-3))).toContain(ticket.id); // 3+ digits: the sequence, zero-padded
    expect(await search(ticket.number.slice(0, 12))).toEqual(
      expect.arrayContaining([ticket.id, unrelated.id]),
    );
    expect(await search(ticket.number.toLowerCase())).toEqual([ticket.id]);
  });

  it("never finds another tenant's tickets through their customers", async () => {
    expect(await search("刘明艳", other.agent.token)).toEqual([]);
    expect(await search("RV2025001081", other.agent.token)).toEqual([]);
  });

  it("counts a saved view's q the same way", async () => {
    const v = await h.call("POST", "/api/v1/views", {
      token: w.agent.token,
      body: { name: "liu", filters: { q: "13800000142" } },
    });
    expect(v.status).toBe(201);
    const counts = (await h.call("GET", "/api/v1/views/counts", { token: w.agent.token })).body.items;
    expect(counts.find((c: { name: string }) => c.name === "liu")?.count).toBe(1);
  });
});

describe("customer search", () => {
  const find = async (q: string, token = w.agent.token) => {
    const r = await h.call("GET", `/api/v1/customers?q=${encodeURIComponent(q)}`, { token });
    expect(r.status).toBe(200);
    return r.body.items.map((c: { id: string }) => c.id);
  };

  it("finds a customer by caller ID, by any written phone form, and by a unit's serial", async () => {
    for (const q of ["13800000142", "+8613800000142", "138-0000-0142", "138 0000", "RV2025001081", "刘明艳"])
      expect(await find(q), q).toEqual([liu.id]);
    expect(await find("13800000142", other.agent.token)).toEqual([]);
  });
});
