import { beforeAll, describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

// The 三包 engine counts the days a customer waited for parts (they extend the period). Shipping a
// repair takes them from the parts module's back-orders for the ticket or RMA, unless staff entered
// a figure.
const { h, w } = worldPerFile("sw");
const tag = Math.random().toString(36).slice(2, 7).toUpperCase();
const DAY = 86_400_000;
let sku: string;
let n = 0;

beforeAll(async () => {
  sku = (
    await w.post("/api/v1/products", {
      sku: `TV-${tag}`,
      name: "55-inch LCD TV",
      warrantyMonths: 12,
      sanbaoRule: "partial_goods_1995",
      sanbaoCategory: "lcd_tv",
    })
  ).sku;
  await w.post("/api/v1/parts", { partNo: `P-BL-${tag}`, name: "背光灯条", nameEn: "Backlight strip" });
  await w.post("/api/v1/stock-sites", { code: `WH-${tag}`, name: "中心仓", kind: "warehouse" });
});

// A TV in repair: ticket, RMA opened and received at the workshop.
async function repairInWorkshop() {
  const serial = `TV-${tag}-${++n}`;
  await w.post("/api/v1/units", {
    serial,
    productSku: sku,
    customerId: w.alice.id,
    purchasedAt: new Date(h.clock.now().getTime() - 20 * DAY).toISOString().slice(0, 10),
    saleChannel: "offline",
    invoicePrice: "3999.00",
    evidence: { invoice: true, voucher: true },
  });
  const ticket = await w.post("/api/v1/tickets", {
    subject: "No picture",
    description: "Backlight failed",
    type: "repair",
    customerId: w.alice.id,
    unitSerial: serial,
  });
  const rma = await w.post(`/api/v1/tickets/${ticket.number}/rma`, { kind: "repair" });
  const act = (body: unknown) =>
    h.call("POST", `/api/v1/rmas/${rma.id}/transitions`, { token: w.agent.token, body });
  expect((await act({ action: "receive" })).status).toBe(200);
  return { serial, ticket, rma, act };
}

const repairsOf = async (serial: string) =>
  (await h.call("GET", `/api/v1/units/${serial}/warranty`, { token: w.agent.token })).body.repairs as {
    waitingPartsDays: number;
  }[];

describe("days waiting for parts in the 三包 record", () => {
  it("come from the back-order of the repair's part: asked, 3 days later received and filled", async () => {
    const { serial, ticket, rma, act } = await repairInWorkshop();
    const waiting = await w.post("/api/v1/stock/reservations", {
      partNo: `P-BL-${tag}`,
      site: `WH-${tag}`,
      qty: 1,
      ticketRef: ticket.number,
      rmaId: rma.id,
      backorder: true,
    });
    expect(waiting.status).toBe("waiting");
    h.clock.advance(3 * DAY);
    await w.post("/api/v1/stock/receipts", { partNo: `P-BL-${tag}`, site: `WH-${tag}`, qty: 1 });
    await h.call("POST", `/api/v1/rmas/${rma.id}/inspection`, {
      token: w.qa.token,
      body: { result: "pass" },
    });
    const shipped = await act({ action: "ship", trackingNo: `SF${tag}1` });
    expect(shipped.status).toBe(200);
    expect(await repairsOf(serial)).toEqual([expect.objectContaining({ waitingPartsDays: 3 })]);
  });

  it("are what staff entered when shipping, if they entered a figure; 0 when the part was in stock", async () => {
    const entered = await repairInWorkshop();
    await w.post("/api/v1/stock/reservations", {
      partNo: `P-BL-${tag}`,
      site: `WH-${tag}`,
      qty: 1,
      ticketRef: entered.ticket.number,
      backorder: true,
    });
    h.clock.advance(2 * DAY);
    await w.post("/api/v1/stock/receipts", { partNo: `P-BL-${tag}`, site: `WH-${tag}`, qty: 2 });
    await h.call("POST", `/api/v1/rmas/${entered.rma.id}/inspection`, {
      token: w.qa.token,
      body: { result: "pass" },
    });
    await entered.act({ action: "ship", trackingNo: `SF${tag}2`, waitingPartsDays: 5 });
    expect(await repairsOf(entered.serial)).toEqual([expect.objectContaining({ waitingPartsDays: 5 })]);

    const inStock = await repairInWorkshop();
    await w.post("/api/v1/stock/reservations", {
      partNo: `P-BL-${tag}`,
      site: `WH-${tag}`,
      qty: 1,
      ticketRef: inStock.ticket.number,
    });
    h.clock.advance(DAY);
    await h.call("POST", `/api/v1/rmas/${inStock.rma.id}/inspection`, {
      token: w.qa.token,
      body: { result: "pass" },
    });
    await inStock.act({ action: "ship", trackingNo: `SF${tag}3` });
    expect(await repairsOf(inStock.serial)).toEqual([expect.objectContaining({ waitingPartsDays: 0 })]);
  });
});
