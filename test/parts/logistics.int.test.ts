import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalSmtp, startLocalSmtp } from "../channels/local-smtp.js";
import { worldPerFile } from "../fixtures.js";

// What the stock screens read beyond the ledger: transfers with their tracking, old parts owed per
// technician and overdue, the suggested purchase list, a technician's van, and the low-stock mail.
const { h, w } = worldPerFile("lg");
let smtp: LocalSmtp;

beforeAll(async () => {
  smtp = await startLocalSmtp();
  const mb = await h.call("POST", "/api/v1/channels/email", {
    token: w.admin.token,
    body: { name: "Service", address: "service@parts-logistics.test", smtp: { url: smtp.url } },
  });
  expect(mb.status).toBe(201);
});
afterAll(async () => smtp?.close());

let n = 0;
const code = (p: string) => `${p}-${++n}-${Math.random().toString(36).slice(2, 6)}`.toUpperCase();
const drain = async () => {
  while (await h.jobs.tick()) {}
};

async function part() {
  return (await w.post("/api/v1/parts", { partNo: code("PN"), name: "门封圈", nameEn: "Door gasket" }))
    .partNo as string;
}
const site = async (kind: "warehouse" | "van", ownerId?: string) =>
  (
    await w.post("/api/v1/stock-sites", {
      code: code(kind === "van" ? "VAN" : "WH"),
      name: "仓",
      kind,
      ownerId,
    })
  ).code as string;
const get = async (path: string, token = w.agent.token) => {
  const r = await h.call("GET", path, { token });
  expect(r.status).toBe(200);
  return r.body;
};

describe("transfers list", () => {
  it("shows each transfer with its shipment's tracking events, sent then delivered", async () => {
    const partNo = await part();
    const from = await site("warehouse");
    const to = await site("van", w.technician.id);
    await w.post("/api/v1/stock/receipts", { partNo, site: from, qty: 4 });
    const sent = await w.post("/api/v1/stock/transfers", { partNo, from, to, qty: 2 });
    const listed = (await get(`/api/v1/stock/transfers?site=${to}`)).items;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ id: sent.id, partNameEn: "Door gasket", status: "in_transit" });
    expect(listed[0].shipment.events).toEqual([
      { status: "in_transit", at: expect.any(String), place: from },
    ]);
    await h.call("POST", `/api/v1/stock/transfers/${sent.id}/receive`, { token: w.technician.token });
    const done = (await get(`/api/v1/stock/transfers?site=${from}&status=received`)).items;
    expect(done.map((t: { id: string }) => t.id)).toEqual([sent.id]);
    expect(
      done[0].shipment.events.map((e: { status: string; place: string }) => [e.status, e.place]),
    ).toEqual([
      ["in_transit", from],
      ["delivered", to],
    ]);
    expect((await get(`/api/v1/stock/transfers?site=${from}&status=in_transit`)).items).toEqual([]);
  });
});

describe("old-part returns", () => {
  it("names the technician who owes each one, turns overdue after a week, and goes shipped → received", async () => {
    const partNo = await part();
    const van = await site("van", w.technician.id);
    await w.post("/api/v1/stock/receipts", { partNo, site: van, qty: 2 });
    const ticket = await w.post("/api/v1/tickets", {
      subject: "漏水",
      description: "leaks",
      type: "repair",
      customerId: w.alice.id,
      unitSerial: w.aliceUnit.serial,
    });
    const r = await h.call("POST", "/api/v1/stock/reservations", {
      token: w.technician.token,
      body: { partNo, site: van, qty: 1, ticketRef: ticket.number },
    });
    await h.call("POST", `/api/v1/stock/reservations/${r.body.id}/consume`, { token: w.technician.token });
    const mine = (await get("/api/v1/stock/old-parts?technicianId=me&status=open", w.technician.token)).items;
    const owed = mine.find((o: { partNo: string }) => o.partNo === partNo);
    expect(owed).toMatchObject({
      status: "owed",
      ticketNumber: ticket.number,
      technicianId: w.technician.id,
      overdue: false,
    });
    expect((await get(`/api/v1/stock/old-parts?technicianId=${w.supervisor.id}`)).items).toEqual([]);
    h.clock.advance(8 * 86_400_000);
    const late = (await get(`/api/v1/stock/old-parts?site=${van}`)).items[0];
    expect(late).toMatchObject({ id: owed.id, overdue: true });
    const shipped = await h.call("POST", `/api/v1/stock/old-parts/${owed.id}/ship`, {
      token: w.technician.token,
    });
    expect(shipped.body).toMatchObject({ status: "shipped", overdue: false });
    const again = await h.call("POST", `/api/v1/stock/old-parts/${owed.id}/ship`, {
      token: w.technician.token,
      lang: "zh-CN",
    });
    expect([again.status, again.body.error.code]).toEqual([422, "stock.old_part_not_owed"]);
    expect(again.body.error.message).toContain("旧件");
    const got = await h.call("POST", `/api/v1/stock/old-parts/${owed.id}/receive`, { token: w.agent.token });
    expect(got.body.status).toBe("received");
    const line = (await get(`/api/v1/stock?partNo=${partNo}&site=${van}`)).items[0];
    expect(line).toMatchObject({ onHand: 1, defective: 1 });
    expect((await get(`/api/v1/stock/old-parts?site=${van}&status=open`)).items).toEqual([]);
  });
});

describe("suggested purchase list", () => {
  it("orders reorder point − available + back-orders − inbound, only where something is needed", async () => {
    const partNo = await part();
    const wh = await site("warehouse");
    const other = await site("warehouse");
    await h.call("PUT", "/api/v1/stock/reorder-points", {
      token: w.supervisor.token,
      body: { partNo, site: wh, reorderPoint: 5 },
    });
    await w.post("/api/v1/stock/receipts", { partNo, site: wh, qty: 2 });
    // Two back-ordered for a repair: nothing free once the two on the shelf are held.
    await w.post("/api/v1/stock/reservations", { partNo, site: wh, qty: 2 });
    await w.post("/api/v1/stock/reservations", { partNo, site: wh, qty: 3, backorder: true });
    // One on its way from another warehouse.
    await w.post("/api/v1/stock/receipts", { partNo, site: other, qty: 1 });
    await w.post("/api/v1/stock/transfers", { partNo, from: other, to: wh, qty: 1 });
    const lines = (await get(`/api/v1/stock/purchase-suggestions?site=${wh}`)).items;
    // 5 − 0 + 3 − 1 = 7
    expect(lines).toEqual([
      expect.objectContaining({
        partNo,
        site: wh,
        available: 0,
        reorderPoint: 5,
        backordered: 3,
        inbound: 1,
        suggested: 7,
      }),
    ]);
    // Enough arrives: nothing to suggest.
    await w.post("/api/v1/stock/receipts", { partNo, site: wh, qty: 20 });
    expect((await get(`/api/v1/stock/purchase-suggestions?site=${wh}`)).items).toEqual([]);
    const bad = await h.call("GET", "/api/v1/stock/purchase-suggestions?site=NOPE", { token: w.agent.token });
    expect([bad.status, bad.body.error.code]).toEqual([404, "parts.site_not_found"]);
  });
});

describe("van stock", () => {
  it("gives the technician their van: stock, what is held for which job, old parts owed; nobody else's", async () => {
    const partNo = await part();
    const van = await site("van", w.technician.id);
    await w.post("/api/v1/stock/receipts", { partNo, site: van, qty: 3 });
    const ticket = await w.post("/api/v1/tickets", {
      subject: "不制冷",
      description: "warm",
      type: "repair",
      customerId: w.alice.id,
    });
    await w.post("/api/v1/stock/reservations", { partNo, site: van, qty: 1, ticketRef: ticket.number });
    const mine = await get(`/api/v1/stock/van?site=${van}`, w.technician.token);
    expect(mine.site.code).toBe(van);
    expect(mine.lines).toEqual([expect.objectContaining({ partNo, onHand: 3, reserved: 1, available: 2 })]);
    expect(mine.reservations).toEqual([
      expect.objectContaining({ partNo, qty: 1, status: "active", ticketNumber: ticket.number }),
    ]);
    const someoneElses = await site(
      "van",
      (
        await w.post("/api/v1/users", {
          email: `tech2.${code("x").toLowerCase()}@test.local`,
          name: "Tech 2",
          role: "technician",
          password: "secret-password",
        })
      ).id,
    );
    const denied = await h.call("GET", `/api/v1/stock/van?site=${someoneElses}`, {
      token: w.technician.token,
    });
    expect(denied.status).toBe(404);
    const lead = await h.call("GET", `/api/v1/stock/van?site=${someoneElses}`, { token: w.supervisor.token });
    expect(lead.body).toMatchObject({ site: { code: someoneElses }, lines: [], reservations: [] });
    const noVan = await get("/api/v1/stock/van", w.agent.token);
    expect(noVan).toEqual({ site: null, lines: [], reservations: [], oldParts: [] });
  });
});

describe("low-stock e-mail", () => {
  it("mails the leads and the van's technician once when a line crosses its reorder point, not on every movement", async () => {
    const partNo = await part();
    const van = await site("van", w.technician.id);
    await w.post("/api/v1/stock/receipts", { partNo, site: van, qty: 5 });
    await h.call("PUT", "/api/v1/stock/reorder-points", {
      token: w.supervisor.token,
      body: { partNo, site: van, reorderPoint: 2 },
    });
    const about = () => smtp.received.filter((m) => (m.subject ?? "").includes(partNo));
    await w.post("/api/v1/stock/reservations", { partNo, site: van, qty: 2 }); // 3 left: above
    await drain();
    expect(about()).toEqual([]);
    await w.post("/api/v1/stock/reservations", { partNo, site: van, qty: 1 }); // 2: the crossing
    await w.post("/api/v1/stock/reservations", { partNo, site: van, qty: 1 }); // 1: still low
    await drain();
    await drain();
    const to = about().map((m) => JSON.stringify(m.to));
    expect(to.some((t) => t.includes(w.supervisor.email))).toBe(true);
    expect(to.some((t) => t.includes(w.technician.email))).toBe(true);
    expect(to.some((t) => t.includes(w.agent.email))).toBe(false);
    const perPerson = about().filter((m) => JSON.stringify(m.to).includes(w.supervisor.email));
    expect(perPerson).toHaveLength(1);
    expect(perPerson[0]?.text).toContain("2");
  });
});

describe("a site's parts manager", () => {
  it("gets the low-stock e-mail alone when the site names one; a non-staff manager is refused", async () => {
    const bad = await h.call("POST", "/api/v1/stock-sites", {
      token: w.admin.token,
      body: { code: code("WH"), name: "仓", kind: "warehouse", responsibleId: w.aliceUser.id },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("parts.site_responsible_invalid");
    const created = await w.post("/api/v1/stock-sites", {
      code: code("WH"),
      name: "仓",
      kind: "warehouse",
      responsibleId: w.agent.id,
    });
    expect(created.responsibleId).toBe(w.agent.id);
    const partNo = await part();
    await w.post("/api/v1/stock/receipts", { partNo, site: created.code, qty: 3 });
    await h.call("PUT", "/api/v1/stock/reorder-points", {
      token: w.supervisor.token,
      body: { partNo, site: created.code, reorderPoint: 2 },
    });
    await w.post("/api/v1/stock/reservations", { partNo, site: created.code, qty: 1 });
    await drain();
    const to = smtp.received
      .filter((m) => (m.subject ?? "").includes(partNo))
      .map((m) => JSON.stringify(m.to));
    expect(to).toHaveLength(1);
    expect(to[0]).toContain(w.agent.email);
  });

  it("can be named, changed and cleared later by a lead, not by an agent", async () => {
    const site = await w.post("/api/v1/stock-sites", { code: code("WH"), name: "仓", kind: "warehouse" });
    expect(site.responsibleId).toBeNull();
    const patch = (token: string, body: unknown) =>
      h.call("PATCH", `/api/v1/stock-sites/${site.code}`, { token, body });
    expect((await patch(w.agent.token, { responsibleId: w.agent.id })).status).toBe(403);
    const named = await patch(w.supervisor.token, { responsibleId: w.technician.id });
    expect(named.status).toBe(200);
    expect(named.body.responsibleId).toBe(w.technician.id);
    const customer = await patch(w.supervisor.token, { responsibleId: w.aliceUser.id });
    expect(customer.body.error.code).toBe("parts.site_responsible_invalid");
    const cleared = await patch(w.supervisor.token, { responsibleId: null });
    expect(cleared.body.responsibleId).toBeNull();
    const missing = await h.call("PATCH", "/api/v1/stock-sites/NOPE-404", {
      token: w.supervisor.token,
      body: { responsibleId: null },
    });
    expect(missing.status).toBe(404);
  });
});
