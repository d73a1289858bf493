import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

// Hole 2 of issue 12: priority A starts the fastest SLA; customers and dealers may not choose it.
const ctx = worldPerFile("staff-fields");
const base = { subject: "Noisy", description: "Rattles when spinning", type: "repair" };

describe("customers and dealers cannot set staff fields when opening a ticket", () => {
  it.each([
    ["priority", { priority: "A" }],
    ["channel", { channel: "phone" }],
    ["tags", { tags: ["vip"] }],
  ])("a customer sending %s gets a translated 422 naming it", async (field, extra) => {
    const { h, w } = ctx;
    for (const lang of ["en", "zh-CN"]) {
      const r = await h.call("POST", "/api/v1/tickets", {
        token: w.aliceUser.token,
        lang,
        body: { ...base, ...extra },
      });
      expect(r.status).toBe(422);
      expect(r.body.error.code).toBe("ticket.staff_field");
      expect(r.body.error.message).toContain(field);
      expect(r.body.error.message).toMatch(lang === "en" ? /staff/ : /服务人员/);
    }
  });

  it("a dealer sending a priority or another customer's id is refused, a customer too", async () => {
    const { h, w } = ctx;
    const dealer = await h.call("POST", "/api/v1/tickets", {
      token: w.dealer.token,
      body: { ...base, customerId: w.alice.id, priority: "A" },
    });
    expect(dealer.status).toBe(422);
    expect(dealer.body.error.message).toContain("priority");
    const other = await h.call("POST", "/api/v1/tickets", {
      token: w.aliceUser.token,
      body: { ...base, customerId: w.bob.id },
    });
    expect(other.status).toBe(422);
    expect(other.body.error.message).toContain("customerId");
  });

  it("without those fields they get the defaults; a dealer's own channel is accepted; staff may set them", async () => {
    const { h, w } = ctx;
    const own = await h.call("POST", "/api/v1/tickets", { token: w.aliceUser.token, body: base });
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({ priority: "C", channel: "portal", tags: [] });
    const dealer = await h.call("POST", "/api/v1/tickets", {
      token: w.dealer.token,
      body: { ...base, customerId: w.alice.id, channel: "dealer" },
    });
    expect(dealer.status).toBe(201);
    expect(dealer.body).toMatchObject({ priority: "C", channel: "dealer" });
    const staff = await h.call("POST", "/api/v1/tickets", {
      token: w.agent.token,
      body: { ...base, customerId: w.alice.id, priority: "A", channel: "phone", tags: ["vip"] },
    });
    expect(staff.status).toBe(201);
    expect(staff.body).toMatchObject({ priority: "A", channel: "phone", tags: ["vip"] });
  });
});
