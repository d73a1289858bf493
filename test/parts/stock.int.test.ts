import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { replayLedger } from "../../src/server/modules/parts/parts.repository.js";
import { worldPerFile } from "../fixtures.js";

const { h, worlds } = worldPerFile("a", "b");
const [w, other] = worlds;

let n = 0;
const code = (p: string) => `${p}-${++n}-${Math.random().toString(36).slice(2, 6)}`;

async function partAt(qty: number, token = w.admin.token) {
  const part = await h.call("POST", "/api/v1/parts", {
    token,
    body: {
      partNo: code("PN"),
      name: "排水泵",
      nameEn: "Drain pump",
      price: 86.5,
      compatibleSkus: [w.washer.sku],
    },
  });
  expect(part.status).toBe(201);
  const site = await h.call("POST", "/api/v1/stock-sites", {
    token,
    body: { code: code("WH"), name: "上海中心仓", kind: "warehouse" },
  });
  expect(site.status).toBe(201);
  if (qty > 0) {
    const r = await h.call("POST", "/api/v1/stock/receipts", {
      token,
      body: { partNo: part.body.partNo, site: site.body.code, qty },
    });
    expect(r.status).toBe(201);
  }
  return { partNo: part.body.partNo as string, site: site.body.code as string };
}

const stockOf = async (partNo: string, site: string) => {
  const r = await h.call("GET", `/api/v1/stock?partNo=${partNo}&site=${site}`, { token: w.agent.token });
  expect(r.status).toBe(200);
  return r.body.items[0];
};

async function workingTicket() {
  const t = await h.call("POST", "/api/v1/tickets", {
    token: w.agent.token,
    body: { subject: "不排水", description: "Washer does not drain", type: "repair", customerId: w.alice.id },
  });
  await h.call("PATCH", `/api/v1/tickets/${t.body.number}`, {
    token: w.supervisor.token,
    body: { assigneeId: w.agent.id },
  });
  const started = await h.call("POST", `/api/v1/tickets/${t.body.number}/transitions`, {
    token: w.agent.token,
    body: { action: "start" },
  });
  expect(started.body.status).toBe("in_progress");
  return t.body as { id: string; number: string };
}

describe("spare parts: catalogue and stock", () => {
  it("answers the contract's stock line after a receipt", async () => {
    const { partNo, site } = await partAt(7);
    expect(await stockOf(partNo, site)).toMatchObject({ partNo, site, onHand: 7, reserved: 0, available: 7 });
    const part = await h.call("GET", `/api/v1/parts/${partNo}`, { token: w.technician.token });
    expect(part.body).toMatchObject({ partNo, name: "排水泵", nameEn: "Drain pump", price: 86.5 });
  });

  it("refuses a duplicate part number, an unknown part or site, and bad input, in the caller's language", async () => {
    const { partNo, site } = await partAt(1);
    const dup = await h.call("POST", "/api/v1/parts", {
      token: w.admin.token,
      body: { partNo, name: "x" },
      lang: "zh-CN",
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe("parts.part_no_taken");
    expect(dup.body.error.message).toContain("已在目录中");
    const unknown = await h.call("POST", "/api/v1/stock/receipts", {
      token: w.admin.token,
      body: { partNo: "NOPE", site, qty: 1 },
    });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, "parts.not_found"]);
    const noSite = await h.call("POST", "/api/v1/stock/reservations", {
      token: w.agent.token,
      body: { partNo, site: "NOWHERE", qty: 1 },
    });
    expect([noSite.status, noSite.body.error.code]).toEqual([404, "parts.site_not_found"]);
    const bad = await h.call("POST", "/api/v1/stock/receipts", {
      token: w.admin.token,
      body: { partNo, site, qty: 0 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(["qty"]);
    const van = await h.call("POST", "/api/v1/stock-sites", {
      token: w.admin.token,
      body: { code: code("VAN"), name: "Van", kind: "van", ownerId: w.agent.id },
    });
    expect([van.status, van.body.error.code]).toEqual([400, "parts.van_owner_invalid"]);
    const okVan = await h.call("POST", "/api/v1/stock-sites", {
      token: w.admin.token,
      body: { code: code("VAN"), name: "Van", kind: "van", ownerId: w.technician.id },
    });
    expect(okVan.body).toMatchObject({ kind: "van", ownerId: w.technician.id });
  });

  it("lets only the desk and technicians move stock, and nobody outside the tenant see it", async () => {
    const { partNo, site } = await partAt(3);
    for (const token of [w.qa.token, w.aliceUser.token, w.dealer.token]) {
      const r = await h.call("POST", "/api/v1/stock/reservations", { token, body: { partNo, site, qty: 1 } });
      expect(r.status).toBe(403);
    }
    const elsewhere = await h.call("GET", `/api/v1/stock?partNo=${partNo}`, { token: other.admin.token });
    expect([elsewhere.status, elsewhere.body.error.code]).toEqual([404, "parts.not_found"]);
  });

  it("never takes the last unit twice: 40 parallel reservations of 10 in stock → exactly 10 succeed", async () => {
    const { partNo, site } = await partAt(10);
    const replies = await Promise.all(
      Array.from({ length: 40 }, () =>
        h.call("POST", "/api/v1/stock/reservations", {
          token: w.agent.token,
          body: { partNo, site, qty: 1 },
        }),
      ),
    );
    const ok = replies.filter((r) => r.status === 201);
    const refused = replies.filter((r) => r.status !== 201);
    expect(ok).toHaveLength(10);
    expect(refused).toHaveLength(30);
    for (const r of refused) {
      expect(r.status).toBe(409);
      expect(r.body.error.code).toBe("stock.insufficient");
    }
    expect(await stockOf(partNo, site)).toMatchObject({ onHand: 10, reserved: 10, available: 0 });
  });

  it("never lets a count take away reserved units, and a release frees them again", async () => {
    const { partNo, site } = await partAt(4);
    const r = await h.call("POST", "/api/v1/stock/reservations", {
      token: w.agent.token,
      body: { partNo, site, qty: 3 },
    });
    const cut = await h.call("POST", "/api/v1/stock/adjustments", {
      token: w.supervisor.token,
      body: { partNo, site, qty: -2, reason: "count" },
    });
    expect([cut.status, cut.body.error.code]).toEqual([409, "stock.insufficient"]);
    const released = await h.call("POST", `/api/v1/stock/reservations/${r.body.id}/release`, {
      token: w.agent.token,
    });
    expect(released.body.status).toBe("released");
    const again = await h.call("POST", `/api/v1/stock/reservations/${r.body.id}/consume`, {
      token: w.agent.token,
    });
    expect([again.status, again.body.error.code]).toEqual([422, "stock.reservation_not_active"]);
    const counted = await h.call("POST", "/api/v1/stock/adjustments", {
      token: w.supervisor.token,
      body: { partNo, site, qty: -2, reason: "count" },
    });
    expect(counted.body).toMatchObject({ onHand: 2, reserved: 0, available: 2 });
  });

  it("back-orders for a ticket: pending parts with the part named, filled on receipt, the agent told, then consumed", async () => {
    const { partNo, site } = await partAt(0);
    const ticket = await workingTicket();
    const refused = await h.call("POST", "/api/v1/stock/reservations", {
      token: w.agent.token,
      body: { partNo, site, qty: 2, ticketRef: ticket.number },
    });
    expect(refused.status).toBe(409);
    const waiting = await h.call("POST", "/api/v1/stock/reservations", {
      token: w.technician.token,
      body: { partNo, site, qty: 2, ticketRef: ticket.number, backorder: true },
    });
    expect(waiting.status).toBe(201);
    expect(waiting.body).toMatchObject({ status: "waiting", ticketId: ticket.id });
    const t = await h.call("GET", `/api/v1/tickets/${ticket.number}`, { token: w.agent.token });
    expect(t.body.status).toBe("pending_parts");
    const events = await h.call("GET", `/api/v1/tickets/${ticket.number}/events`, { token: w.agent.token });
    const pend = events.body.items.find(
      (e: { type: string; data: { to?: string } }) =>
        e.type === "status_changed" && e.data.to === "pending_parts",
    );
    expect(pend.data.reason).toContain(partNo);

    const one = await h.call("POST", "/api/v1/stock/receipts", {
      token: w.admin.token,
      body: { partNo, site, qty: 1 },
    });
    expect(one.body).toMatchObject({ onHand: 1, reserved: 0, filled: [] });
    const two = await h.call("POST", "/api/v1/stock/receipts", {
      token: w.admin.token,
      body: { partNo, site, qty: 4 },
    });
    expect(two.body).toMatchObject({ onHand: 5, reserved: 2, available: 3, filled: [waiting.body.id] });

    const notes = await h.call("GET", "/api/v1/notifications", { token: w.agent.token });
    const arrived = notes.body.items.filter((x: { kind: string }) => x.kind === "part_arrived");
    expect(arrived).toHaveLength(1);
    expect(arrived[0]).toMatchObject({ ticketId: ticket.id });
    expect(arrived[0].data).toMatchObject({ partNo, qty: 2, number: ticket.number });

    const list = await h.call("GET", `/api/v1/stock/reservations?ticketRef=${ticket.number}`, {
      token: w.agent.token,
    });
    expect(list.body.items.map((r: { status: string }) => r.status)).toEqual(["active"]);
    const used = await h.call("POST", `/api/v1/stock/reservations/${waiting.body.id}/consume`, {
      token: w.technician.token,
    });
    expect(used.body.status).toBe("consumed");
    expect(await stockOf(partNo, site)).toMatchObject({ onHand: 3, reserved: 0, available: 3 });
    const moves = await h.call("GET", `/api/v1/stock/movements?ticketRef=${ticket.number}`, {
      token: w.agent.token,
    });
    expect(moves.body.items.map((m: { kind: string }) => m.kind)).toEqual(["consumption", "reservation"]);
    expect(moves.body.items[0].actorId).toBe(w.technician.id);
  });

  it("shows a line as low at or below its reorder point and alerts supervisors once", async () => {
    const { partNo, site } = await partAt(5);
    const set = await h.call("PUT", "/api/v1/stock/reorder-points", {
      token: w.supervisor.token,
      body: { partNo, site, reorderPoint: 4 },
    });
    expect(set.body.low).toBe(false);
    await h.call("POST", "/api/v1/stock/reservations", {
      token: w.agent.token,
      body: { partNo, site, qty: 1 },
    });
    const low = await h.call("GET", `/api/v1/stock?low=true&partNo=${partNo}`, { token: w.agent.token });
    expect(low.body.items).toHaveLength(1);
    expect(low.body.items[0]).toMatchObject({ available: 4, reorderPoint: 4, low: true });
    // Supervisors are told once, when the line crosses its reorder point, not on every later movement.
    await h.call("POST", "/api/v1/stock/reservations", {
      token: w.agent.token,
      body: { partNo, site, qty: 1 },
    });
    const notes = await h.call("GET", "/api/v1/notifications", { token: w.supervisor.token });
    const alerts = notes.body.items.filter(
      (x: { kind: string; data: { partNo?: string } }) => x.kind === "low_stock" && x.data.partNo === partNo,
    );
    expect(alerts).toHaveLength(1);
    expect(alerts[0].data).toMatchObject({ site, available: 4, reorderPoint: 4 });
  });

  it("replaying the ledger reproduces every balance after any sequence of requests", async () => {
    const ops = fc.array(
      fc.record({
        op: fc.constantFrom("receipt", "reserve", "release", "consume", "adjust"),
        qty: fc.integer({ min: 1, max: 5 }),
        down: fc.boolean(),
      }),
      { minLength: 1, maxLength: 12 },
    );
    await fc.assert(
      fc.asyncProperty(ops, async (steps) => {
        const { partNo, site } = await partAt(0);
        const held: string[] = [];
        for (const s of steps) {
          if (s.op === "receipt")
            await h.call("POST", "/api/v1/stock/receipts", {
              token: w.admin.token,
              body: { partNo, site, qty: s.qty },
            });
          if (s.op === "adjust")
            await h.call("POST", "/api/v1/stock/adjustments", {
              token: w.admin.token,
              body: { partNo, site, qty: s.down ? -s.qty : s.qty, reason: "count" },
            });
          if (s.op === "reserve") {
            const r = await h.call("POST", "/api/v1/stock/reservations", {
              token: w.agent.token,
              body: { partNo, site, qty: s.qty },
            });
            if (r.status === 201) held.push(r.body.id);
          }
          if ((s.op === "release" || s.op === "consume") && held.length)
            await h.call("POST", `/api/v1/stock/reservations/${held.shift()}/${s.op}`, {
              token: w.agent.token,
            });
        }
        const line = await stockOf(partNo, site);
        const all = await replayLedger(h.services.db, w.tenantId);
        const part = await h.call("GET", `/api/v1/parts/${partNo}`, { token: w.agent.token });
        const mine = all.filter((b) => b.partId === part.body.id);
        const onHand = mine.reduce((a, b) => a + b.onHand, 0);
        const reserved = mine.reduce((a, b) => a + b.reserved, 0);
        expect({ onHand, reserved, available: onHand - reserved }).toEqual({
          onHand: line?.onHand ?? 0,
          reserved: line?.reserved ?? 0,
          available: line?.available ?? 0,
        });
        expect(line?.available ?? 0).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 8 },
    );
  });

  it("owes the defective original of an in-warranty repair back, then books it in or scraps it", async () => {
    const { partNo, site } = await partAt(3);
    const repair = async (unitSerial?: string) =>
      (
        await h.call("POST", "/api/v1/tickets", {
          token: w.agent.token,
          body: { subject: "漏水", description: "leaks", type: "repair", customerId: w.alice.id, unitSerial },
        })
      ).body.number as string;
    const inWarranty = await repair(w.aliceUnit.serial);
    const expired = await repair(w.aliceOldUnit.serial);
    for (const ticketRef of [inWarranty, expired]) {
      const r = await h.call("POST", "/api/v1/stock/reservations", {
        token: w.technician.token,
        body: { partNo, site, qty: 1, ticketRef },
      });
      await h.call("POST", `/api/v1/stock/reservations/${r.body.id}/consume`, { token: w.technician.token });
    }
    const none = await h.call("GET", `/api/v1/stock/old-parts?ticketRef=${expired}`, {
      token: w.agent.token,
    });
    expect(none.body.items).toEqual([]);
    const owed = await h.call("GET", `/api/v1/stock/old-parts?ticketRef=${inWarranty}`, {
      token: w.agent.token,
    });
    expect(owed.body.items).toHaveLength(1);
    expect(owed.body.items[0]).toMatchObject({ partNo, site, qty: 1, status: "owed" });
    const id = owed.body.items[0].id;
    const agentScrap = await h.call("POST", `/api/v1/stock/old-parts/${id}/scrap`, { token: w.agent.token });
    expect(agentScrap.status).toBe(403);
    const got = await h.call("POST", `/api/v1/stock/old-parts/${id}/receive`, { token: w.technician.token });
    expect(got.body.status).toBe("received");
    expect(await stockOf(partNo, site)).toMatchObject({ onHand: 1, reserved: 0, defective: 1 });
    const late = await h.call("POST", `/api/v1/stock/old-parts/${id}/scrap`, { token: w.supervisor.token });
    expect([late.status, late.body.error.code]).toEqual([422, "stock.old_part_not_owed"]);
  });
});
