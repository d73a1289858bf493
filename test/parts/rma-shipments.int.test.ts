import { beforeAll, describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

// An RMA's unit travels on the parts module's shipment model: the customer's return when the desk
// receives it, the repaired unit going back when it ships; the customer follows both.
const { h, w } = worldPerFile("rs");
const tag = Math.random().toString(36).slice(2, 7);
const serial = `TV-RS-${tag}`;

const tenantDay = (days = 0) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(
    new Date(h.clock.now().getTime() + days * 86_400_000),
  );

beforeAll(async () => {
  const tv = await w.post("/api/v1/products", {
    sku: `TV-RS-${tag}`,
    name: "55-inch LCD TV",
    warrantyMonths: 12,
    sanbaoRule: "partial_goods_1995",
    sanbaoCategory: "lcd_tv",
  });
  await w.post("/api/v1/units", {
    serial,
    productSku: tv.sku,
    customerId: w.alice.id,
    purchasedAt: tenantDay(-5),
    saleChannel: "offline",
    invoicePrice: "3999.00",
    evidence: { invoice: true, voucher: true },
  });
});

describe("RMA shipments", () => {
  it("records the return and the outbound leg with their tracking; the customer sees both, nothing staff-only", async () => {
    const ticket = await w.post("/api/v1/tickets", {
      subject: "No picture",
      description: "Screen stays black",
      type: "repair",
      customerId: w.alice.id,
      unitSerial: serial,
    });
    const rma = await w.post(`/api/v1/tickets/${ticket.number}/rma`, { kind: "repair" });
    const act = (body: unknown) =>
      h.call("POST", `/api/v1/rmas/${rma.id}/transitions`, { token: w.agent.token, body });

    const badNo = await act({ action: "receive", trackingNo: "YT 12" });
    expect(badNo.status).toBe(400);
    const received = await act({ action: "receive", carrier: "YTO", trackingNo: "YT9001" });
    expect(received.status).toBe(200);
    expect(received.body.shipments).toEqual([
      expect.objectContaining({
        purpose: "rma_return",
        carrier: "YTO",
        trackingNo: "YT9001",
        status: "delivered",
        events: [
          { status: "in_transit", at: expect.any(String), place: "customer" },
          { status: "delivered", at: expect.any(String), place: "service" },
        ],
      }),
    ]);

    await h.call("POST", `/api/v1/rmas/${rma.id}/inspection`, {
      token: w.qa.token,
      body: { result: "pass", notes: "mainboard capacitor swollen", signature: "QA Li" },
    });
    const shipped = await act({ action: "ship", carrier: "SF", trackingNo: "SF7788" });
    expect(shipped.status).toBe(200);
    expect(shipped.body.shipments.map((s: { purpose: string }) => s.purpose)).toEqual([
      "rma_return",
      "rma_outbound",
    ]);
    expect(shipped.body.shipments[1]).toMatchObject({
      carrier: "SF",
      trackingNo: "SF7788",
      status: "in_transit",
      events: [{ status: "in_transit", place: "service" }],
    });

    const portal = await h.call("GET", `/api/v1/rmas/${rma.id}`, { token: w.aliceUser.token });
    expect(portal.status).toBe(200);
    expect(portal.body.shipments.map((s: { trackingNo: string }) => s.trackingNo)).toEqual([
      "YT9001",
      "SF7788",
    ]);
    const text = JSON.stringify(portal.body);
    expect(text).not.toContain("mainboard capacitor");
    expect(text).not.toContain("QA Li");
    expect(portal.body.override).toBeUndefined();

    // Closing means the customer has the unit back: the outbound leg is delivered.
    const closed = await act({ action: "close" });
    expect(closed.body.shipments[1]).toMatchObject({
      status: "delivered",
      events: [
        { status: "in_transit", place: "service" },
        { status: "delivered", place: "customer" },
      ],
    });
    const bobs = await h.call("GET", `/api/v1/rmas/${rma.id}`, { token: w.bobUser.token });
    expect(bobs.status).toBe(404);
  });

  it("books a local tracking number when the unit came in without one", async () => {
    const ticket = await w.post("/api/v1/tickets", {
      subject: "Dropped off at the desk",
      description: "Brought in by hand",
      type: "repair",
      customerId: w.alice.id,
      unitSerial: serial,
    });
    const rma = await w.post(`/api/v1/tickets/${ticket.number}/rma`, { kind: "repair" });
    const received = await h.call("POST", `/api/v1/rmas/${rma.id}/transitions`, {
      token: w.agent.token,
      body: { action: "receive" },
    });
    expect(received.body.shipments).toEqual([
      expect.objectContaining({
        purpose: "rma_return",
        carrier: "local",
        trackingNo: expect.stringMatching(/^LOC/),
      }),
    ]);
  });
});
