import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

const { h, w } = worldPerFile("a");

let n = 0;
const code = (p: string) => `${p}-${++n}-${Math.random().toString(36).slice(2, 6)}`;

async function setup(qty: number) {
  const partNo = (
    await w.post("/api/v1/parts", { partNo: code("PN"), name: "门封圈", nameEn: "Door gasket" })
  ).partNo;
  const from = (await w.post("/api/v1/stock-sites", { code: code("WH"), name: "中心仓", kind: "warehouse" }))
    .code;
  const to = (
    await w.post("/api/v1/stock-sites", {
      code: code("VAN"),
      name: "服务车",
      kind: "van",
      ownerId: w.technician.id,
    })
  ).code;
  if (qty) await w.post("/api/v1/stock/receipts", { partNo, site: from, qty });
  return { partNo, from, to };
}

const line = async (partNo: string, site: string) =>
  (await h.call("GET", `/api/v1/stock?partNo=${partNo}&site=${site}`, { token: w.agent.token })).body
    .items[0];

describe("stock transfers", () => {
  it("moves stock out at once, in on receipt, with a tracked shipment", async () => {
    const { partNo, from, to } = await setup(5);
    const sent = await h.call("POST", "/api/v1/stock/transfers", {
      token: w.agent.token,
      body: { partNo, from, to, qty: 3 },
    });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ partNo, from, to, qty: 3, status: "in_transit" });
    expect(sent.body.shipment).toMatchObject({ carrier: "local", status: "in_transit" });
    expect(sent.body.shipment.trackingNo).toMatch(/^LOC/);
    expect(await line(partNo, from)).toMatchObject({ onHand: 2, available: 2 });
    expect(await line(partNo, to)).toBeUndefined();
    const got = await h.call("POST", `/api/v1/stock/transfers/${sent.body.id}/receive`, {
      token: w.technician.token,
    });
    expect(got.body).toMatchObject({ status: "received", shipment: { status: "delivered" }, filled: [] });
    expect(await line(partNo, to)).toMatchObject({ onHand: 3, available: 3 });
    const twice = await h.call("POST", `/api/v1/stock/transfers/${sent.body.id}/receive`, {
      token: w.technician.token,
    });
    expect([twice.status, twice.body.error.code]).toEqual([422, "stock.transfer_already_received"]);
  });

  it("refuses a transfer to the same site, of reserved units, or from an unknown site", async () => {
    const { partNo, from } = await setup(2);
    const same = await h.call("POST", "/api/v1/stock/transfers", {
      token: w.agent.token,
      body: { partNo, from, to: from, qty: 1 },
      lang: "zh-CN",
    });
    expect([same.status, same.body.error.code]).toEqual([400, "stock.same_site"]);
    expect(same.body.error.message).toContain("调拨");
    await w.post("/api/v1/stock/reservations", { partNo, site: from, qty: 2 }, w.agent.token);
    const held = await h.call("POST", "/api/v1/stock/transfers", {
      token: w.agent.token,
      body: { partNo, from, to: (await setup(0)).to, qty: 1 },
    });
    expect([held.status, held.body.error.code]).toEqual([409, "stock.insufficient"]);
    const nowhere = await h.call("POST", "/api/v1/stock/transfers", {
      token: w.agent.token,
      body: { partNo, from: "NOWHERE", to: from, qty: 1 },
    });
    expect([nowhere.status, nowhere.body.error.code]).toEqual([404, "parts.site_not_found"]);
  });

  it("never gives the same unit to a transfer and a reservation racing for it", async () => {
    const { partNo, from, to } = await setup(10);
    const calls = Array.from({ length: 40 }, (_, i) =>
      i % 2
        ? h.call("POST", "/api/v1/stock/transfers", {
            token: w.agent.token,
            body: { partNo, from, to, qty: 1 },
          })
        : h.call("POST", "/api/v1/stock/reservations", {
            token: w.agent.token,
            body: { partNo, site: from, qty: 1 },
          }),
    );
    const replies = await Promise.all(calls);
    const ok = replies.filter((r) => r.status === 201);
    expect(ok).toHaveLength(10);
    for (const r of replies.filter((x) => x.status !== 201))
      expect(r.body.error.code).toBe("stock.insufficient");
    const transfers = ok.filter((r) => "shipment" in r.body).length;
    expect(await line(partNo, from)).toMatchObject({
      onHand: 10 - transfers,
      reserved: 10 - transfers,
      available: 0,
    });
  });

  it("fills a back-order at the destination when the transfer arrives", async () => {
    const { partNo, from, to } = await setup(4);
    const waiting = await w.post(
      "/api/v1/stock/reservations",
      { partNo, site: to, qty: 2, backorder: true },
      w.technician.token,
    );
    expect(waiting.status).toBe("waiting");
    const sent = await w.post("/api/v1/stock/transfers", { partNo, from, to, qty: 2 }, w.agent.token);
    const got = await h.call("POST", `/api/v1/stock/transfers/${sent.id}/receive`, {
      token: w.technician.token,
    });
    expect(got.body.filled).toEqual([waiting.id]);
    expect(await line(partNo, to)).toMatchObject({ onHand: 2, reserved: 2, available: 0 });
  });
});
