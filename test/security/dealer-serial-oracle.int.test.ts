import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

// Issue 12, point 12: a dealer used to learn from `POST /units` (409 `unit.serial_taken` vs 201)
// whether a serial was registered to anyone. Dealers now claim units like customers do — with the
// invoice, through staff review — and every answer and later read is the same for a held serial
// and a free one.
const { h, worlds } = worldPerFile("a");
const [w] = worlds;

const tag = Math.random().toString(36).slice(2, 7).toUpperCase();
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

const dealerClaim = (serial: string, customerId: string, lang = "en") => {
  const form = new FormData();
  form.set("serial", serial);
  form.set("productSku", w.washer.sku);
  form.set("purchasedAt", "2026-01-10");
  form.set("customerId", customerId);
  form.set("invoice", new File([PNG], "invoice.png", { type: "image/png" }));
  return h.call("POST", "/api/v1/unit-registrations", { token: w.dealer.token, raw: form, lang });
};
const blank = (body: Record<string, unknown>) => ({ ...body, id: "", serial: "", createdAt: "" });

describe("dealer unit registration without a serial oracle", () => {
  it("answers a dealer the same for a held serial and a free one, on POST /units and on a claim", async () => {
    // Bob is not a customer of the dealer's outlet: the dealer must not learn his serial exists.
    const held = w.bobUnit.serial;
    const free = `DLR-FREE-${tag}`;
    const direct = (serial: string) =>
      h.call("POST", "/api/v1/units", {
        token: w.dealer.token,
        body: { serial, productSku: w.washer.sku, customerId: w.alice.id, purchasedAt: "2026-01-10" },
      });
    const directHeld = await direct(held);
    const directFree = await direct(`DLR-DIRECT-${tag}`);
    expect(directHeld.status).toBe(directFree.status);
    expect(directHeld.body).toEqual(directFree.body);
    expect(directHeld.status).toBe(403);

    const squat = await dealerClaim(held, w.alice.id);
    const fresh = await dealerClaim(free, w.alice.id);
    expect(squat.status).toBe(201);
    expect(fresh.status).toBe(201);
    expect(squat.body.status).toBe("pending_review");
    expect(squat.body.conflict).toBeUndefined();
    expect(blank(squat.body)).toEqual(blank(fresh.body));

    // No later read tells them apart: neither unit is visible to the dealer, both claims read alike.
    for (const serial of [held, free]) {
      const one = await h.call("GET", `/api/v1/units/${serial}`, { token: w.dealer.token });
      expect(one.status, serial).toBe(404);
      const search = await h.call("GET", `/api/v1/units?q=${serial}`, { token: w.dealer.token });
      expect(search.body.items, serial).toEqual([]);
    }
    const mine = await h.call("GET", "/api/v1/unit-registrations?limit=200", { token: w.dealer.token });
    expect(mine.status).toBe(200);
    const readBack = (id: string) =>
      mine.body.items.find((r: { id: string }) => r.id === id) as Record<string, unknown>;
    expect(blank(readBack(squat.body.id))).toEqual(blank(readBack(fresh.body.id)));
    const single = await h.call("GET", `/api/v1/unit-registrations/${squat.body.id}`, {
      token: w.dealer.token,
    });
    expect(single.body.conflict).toBeUndefined();

    // Staff see the conflict; approving it never moves Bob's unit.
    const queue = await h.call("GET", "/api/v1/unit-registrations?status=pending_review&limit=200", {
      token: w.agent.token,
    });
    const flagged = queue.body.items.find((r: { id: string }) => r.id === squat.body.id);
    expect(flagged).toMatchObject({ conflict: true, customerId: w.alice.id });
    const refused = await h.call("POST", `/api/v1/unit-registrations/${squat.body.id}/approve`, {
      token: w.agent.token,
    });
    expect(refused.body.error.code).toBe("registration.conflict");
    const bobs = await h.call("GET", `/api/v1/units/${held}`, { token: w.agent.token });
    expect(bobs.body.customerId).toBe(w.bob.id);

    // The free claim, once approved, is the outlet customer's unit and the dealer sees it.
    const approved = await h.call("POST", `/api/v1/unit-registrations/${fresh.body.id}/approve`, {
      token: w.agent.token,
    });
    expect(approved.body.status).toBe("approved");
    const now = await h.call("GET", `/api/v1/units/${free}`, { token: w.dealer.token });
    expect(now.status).toBe(200);
    expect(now.body.customerId).toBe(w.alice.id);
  });

  it("lets a dealer claim only for a customer of its outlet, and keeps other outlets' claims from it", async () => {
    const forBob = await dealerClaim(`DLR-BOB-${tag}`, w.bob.id, "zh-CN");
    expect(forBob.status).toBe(404);
    expect(forBob.body.error.code).toBe("customer.not_found");
    expect(forBob.body.error.message).not.toMatch(/customer\.not_found/);

    const form = new FormData();
    form.set("serial", `BOB-OWN-${tag}`);
    form.set("productSku", w.washer.sku);
    form.set("purchasedAt", "2026-01-10");
    form.set("invoice", new File([PNG], "invoice.png", { type: "image/png" }));
    const bobsClaim = await h.call("POST", "/api/v1/unit-registrations", {
      token: w.bobUser.token,
      raw: form,
    });
    expect(bobsClaim.status).toBe(201);
    const seen = await h.call("GET", `/api/v1/unit-registrations/${bobsClaim.body.id}`, {
      token: w.dealer.token,
    });
    expect(seen.status).toBe(404);
    const invoice = await h.call("GET", `/api/v1/unit-registrations/${bobsClaim.body.id}/invoice`, {
      token: w.dealer.token,
    });
    expect(invoice.status).toBe(404);
    const list = await h.call("GET", "/api/v1/unit-registrations?limit=200", { token: w.dealer.token });
    expect(list.body.items.map((r: { id: string }) => r.id)).not.toContain(bobsClaim.body.id);

    // A customer naming someone else is refused, not silently filed under themself.
    form.set("customerId", w.alice.id);
    const sneaky = await h.call("POST", "/api/v1/unit-registrations", { token: w.bobUser.token, raw: form });
    expect(sneaky.status).toBe(404);
  });
});
