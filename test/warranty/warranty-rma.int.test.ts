import { beforeAll, describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

const { h, worlds } = worldPerFile("a");
const [w] = worlds;

// The tenant's calendar date (buildWorld tenants live in Asia/Shanghai), `days` from today.
const tenantDay = (days = 0) =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(h.clock.now().getTime() + days * 86_400_000));
const tag = Math.random().toString(36).slice(2, 7);
const paths = (r: { body: { error: { details: { path: string }[] } } }) =>
  r.body.error.details.map((d) => d.path).sort();

let tv: { sku: string };
// Alice's TV, bought 5 days ago; Bob's TV; Alice's old TV, out of 三包 for a year.
const serial = { alice: `TV-A-${tag}`, bob: `TV-B-${tag}`, old: `TV-O-${tag}` };

async function ticketFor(unitSerial: string, customerId: string) {
  return w.post("/api/v1/tickets", {
    subject: "The picture went dark",
    description: "Screen black after 5 days",
    type: "exchange",
    customerId,
    unitSerial,
  });
}

beforeAll(async () => {
  tv = await w.post("/api/v1/products", {
    sku: `TV-${tag}`,
    name: "55-inch LCD TV",
    warrantyMonths: 12,
    sanbaoRule: "partial_goods_1995",
    sanbaoCategory: "lcd_tv",
  });
  const unit = (s: string, customerId: string, purchasedAt: string) =>
    w.post("/api/v1/units", {
      serial: s,
      productSku: tv.sku,
      customerId,
      purchasedAt,
      saleChannel: "offline",
      invoicePrice: "3999.00",
      evidence: { invoice: true, voucher: true },
    });
  await unit(serial.alice, w.alice.id, tenantDay(-5));
  await unit(serial.bob, w.bob.id, tenantDay(-5));
  await unit(serial.old, w.alice.id, tenantDay(-800));
});

describe("units and products carry 三包 facts", () => {
  it("shows the category and the recorded facts, and lets staff correct them", async () => {
    const unit = await h.call("GET", `/api/v1/units/${serial.alice}`, { token: w.agent.token });
    expect(unit.body).toMatchObject({
      invoiceDate: null,
      saleChannel: "offline",
      evidence: { invoice: true, voucher: true },
      invoicePrice: "3999.00",
      exchangedOn: null,
    });
    const patched = await h.call("PATCH", `/api/v1/units/${serial.old}`, {
      token: w.agent.token,
      body: { deliveryDate: tenantDay(-798) },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.deliveryDate).toBe(tenantDay(-798));
    const byCustomer = await h.call("PATCH", `/api/v1/units/${serial.alice}`, {
      token: w.aliceUser.token,
      body: { invoicePrice: "1.00" },
    });
    expect(byCustomer.status).toBe(403);
    const bad = await h.call("PATCH", `/api/v1/units/${serial.alice}`, {
      token: w.agent.token,
      body: { saleChannel: "market", invoicePrice: "lots", invoiceDate: "2026-02-30" },
    });
    expect(bad.status).toBe(400);
    expect(paths(bad)).toEqual(["invoiceDate", "invoicePrice", "saleChannel"]);
  });
});

describe("POST /api/v1/warranty/evaluate", () => {
  it("names every wrong field in a 400, in the caller's language", async () => {
    const r = await h.call("POST", "/api/v1/warranty/evaluate", {
      token: w.agent.token,
      lang: "zh-CN",
      body: {
        rule: "lemon_law",
        invoiceDate: "2026-02-30",
        channel: "market",
        requestDate: "tomorrow",
        fault: { kind: "broken", cause: "bad_luck" },
        mileageKm: -1,
        itemFlags: ["shiny"],
        colour: "red",
      },
    });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe("request.validation_failed");
    const named = paths(r);
    for (const p of [
      "rule",
      "invoiceDate",
      "channel",
      "requestDate",
      "fault.kind",
      "fault.cause",
      "mileageKm",
      "itemFlags.0",
    ])
      expect(named).toContain(p);
    expect(named.some((p) => p === "(body)" || p === "colour")).toBe(true);
    for (const d of r.body.error.details) expect(d.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("names the facts that need each other or the rule book", async () => {
    const noUnit = await h.call("POST", "/api/v1/warranty/evaluate", {
      token: w.agent.token,
      body: { requestDate: tenantDay(), fault: { kind: "performance_fault" } },
    });
    expect(noUnit.status).toBe(400);
    expect(paths(noUnit)).toEqual(["channel", "invoiceDate"]);
    const unknown = await h.call("POST", "/api/v1/warranty/evaluate", {
      token: w.agent.token,
      body: {
        category: "time_machine",
        invoiceDate: tenantDay(-3),
        channel: "offline",
        requestDate: tenantDay(),
        fault: { kind: "performance_fault" },
      },
    });
    expect(unknown.status).toBe(400);
    expect(paths(unknown)).toEqual(["category"]);
  });

  it("lets a customer evaluate their own unit only (others' are not found), and keeps dealers out", async () => {
    const other = await h.call("POST", "/api/v1/warranty/evaluate", {
      token: w.aliceUser.token,
      body: { unitSerial: serial.bob, requestDate: tenantDay(), fault: { kind: "performance_fault" } },
    });
    expect(other.status).toBe(404);
    const missing = await h.call("POST", "/api/v1/warranty/evaluate", {
      token: w.aliceUser.token,
      body: { unitSerial: "NO-SUCH", requestDate: tenantDay(), fault: { kind: "performance_fault" } },
    });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe(other.body.error.code);
    const dealer = await h.call("POST", "/api/v1/warranty/evaluate", {
      token: w.dealer.token,
      body: { unitSerial: serial.alice, requestDate: tenantDay(), fault: { kind: "performance_fault" } },
    });
    expect(dealer.status).toBe(403);
  });

  it("gives return, exchange and repair with their articles for a TV that fails on day 5", async () => {
    const own = await h.call("POST", "/api/v1/warranty/evaluate", {
      token: w.aliceUser.token,
      body: { unitSerial: serial.alice, requestDate: tenantDay(), fault: { kind: "performance_fault" } },
    });
    expect(own.status).toBe(200);
    expect(own.body.rule).toBe("partial_goods_1995");
    expect(own.body.exclusion).toBeNull();
    const remedies = own.body.remedies.map((r: { remedy: string }) => r.remedy);
    expect(remedies).toEqual(expect.arrayContaining(["return", "exchange", "repair"]));
    const ret = own.body.remedies.find((r: { remedy: string }) => r.remedy === "return");
    expect(ret.basis).toContain("第九条");
    // Facts in the body win over the unit's: misuse leaves only paid repair.
    const misuse = await h.call("POST", "/api/v1/warranty/evaluate", {
      token: w.agent.token,
      body: {
        unitSerial: serial.alice,
        requestDate: tenantDay(),
        fault: { kind: "performance_fault", cause: "misuse" },
      },
    });
    expect(misuse.body.exclusion.reason).toBe("misuse");
    expect(misuse.body.remedies.map((r: { remedy: string }) => r.remedy)).toEqual(["paid_repair"]);
  });

  it("shows a unit's periods and what extended them", async () => {
    const r = await h.call("GET", `/api/v1/units/${serial.alice}/warranty`, { token: w.aliceUser.token });
    expect(r.status).toBe(200);
    expect(r.body.period.start).toBe(tenantDay(-5));
    expect(r.body.period.wholeUnitEndsAt > tenantDay(300)).toBe(true);
    expect(r.body.period.majorPartsEndsAt > r.body.period.wholeUnitEndsAt).toBe(true);
    expect(r.body.period.extendedDays).toBe(0);
    const other = await h.call("GET", `/api/v1/units/${serial.bob}/warranty`, { token: w.aliceUser.token });
    expect(other.status).toBe(404);
  });
});

describe("tenant 三包 settings", () => {
  it("lets an admin lengthen a period and refuses one shorter than the law", async () => {
    const shorter = await h.call("PUT", "/api/v1/warranty/settings", {
      token: w.admin.token,
      body: { categories: { lcd_tv: { wholeUnitMonths: 6 } } },
    });
    expect(shorter.status).toBe(400);
    expect(paths(shorter)).toEqual(["categories.lcd_tv.wholeUnitMonths"]);
    const byAgent = await h.call("PUT", "/api/v1/warranty/settings", {
      token: w.agent.token,
      body: {},
    });
    expect(byAgent.status).toBe(403);
    const read = await h.call("GET", "/api/v1/warranty/settings", { token: w.agent.token });
    expect(read.status).toBe(200);
    expect(read.body.ruleBook.categories.lcd_tv).toBeDefined();
  });
});

describe("RMA orders", () => {
  it("runs an exchange: open, receive, QA sign-off, ship with a new serial, close — every step on the ticket", async () => {
    const ticket = await ticketFor(serial.alice, w.alice.id);
    const opened = await h.call("POST", `/api/v1/tickets/${ticket.number}/rma`, {
      token: w.agent.token,
      body: { kind: "exchange" },
    });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({
      kind: "exchange",
      status: "authorised",
      entitled: true,
      unitSerial: serial.alice,
    });
    expect(opened.body.number).toMatch(/^RMA-\d{6}$/);
    const id = opened.body.id;
    const act = (token: string, body: unknown) =>
      h.call("POST", `/api/v1/rmas/${id}/transitions`, { token, body });

    const early = await act(w.agent.token, { action: "ship", trackingNo: "SF100" });
    expect(early.status).toBe(422);
    expect(early.body.error.code).toBe("rma.qa_required");
    expect((await act(w.agent.token, { action: "close" })).body.error.code).toBe("rma.qa_required");
    expect((await act(w.agent.token, { action: "receive" })).body.status).toBe("received");

    const queue = await h.call("GET", "/api/v1/rmas?status=qa", { token: w.qa.token });
    expect(queue.body.items.map((r: { id: string }) => r.id)).toContain(id);
    const notQa = await h.call("POST", `/api/v1/rmas/${id}/inspection`, {
      token: w.supervisor.token,
      body: { result: "pass" },
    });
    expect(notQa.status).toBe(403);
    const inspected = await h.call("POST", `/api/v1/rmas/${id}/inspection`, {
      token: w.qa.token,
      body: {
        result: "pass",
        faultCode: "BACKLIGHT",
        notes: "backlight driver dead, unit otherwise intact",
        checklist: [{ item: "screen", ok: false }],
        signature: "QA Wang",
      },
    });
    expect(inspected.status).toBe(200);
    expect(inspected.body.status).toBe("qa_passed");
    expect(inspected.body.inspection).toMatchObject({ result: "pass", signature: "QA Wang" });

    const noSerial = await act(w.agent.token, { action: "ship", trackingNo: "SF100" });
    expect(noSerial.status).toBe(400);
    const newSerial = `TV-N-${tag}`;
    const shipped = await act(w.agent.token, {
      action: "ship",
      trackingNo: "SF100",
      carrier: "SF",
      replacementSerial: newSerial,
    });
    expect(shipped.status).toBe(200);
    expect(shipped.body).toMatchObject({
      status: "shipped",
      trackingNo: "SF100",
      replacementSerial: newSerial,
    });

    // The replacement belongs to Alice, and its 三包 period restarts on the exchange day.
    const replacement = await h.call("GET", `/api/v1/units/${newSerial}`, { token: w.aliceUser.token });
    expect(replacement.status).toBe(200);
    expect(replacement.body).toMatchObject({ exchangedOn: tenantDay(), exchangedFromSerial: serial.alice });
    const periods = await h.call("GET", `/api/v1/units/${newSerial}/warranty`, { token: w.aliceUser.token });
    expect(periods.body.period.start).toBe(tenantDay());
    expect(shipped.body.steps.at(-1).data.replacementWarrantyEndsAt).toBe(
      periods.body.period.wholeUnitEndsAt,
    );
    const original = await h.call("GET", `/api/v1/units/${serial.alice}/warranty`, {
      token: w.aliceUser.token,
    });
    expect(periods.body.period.wholeUnitEndsAt > original.body.period.wholeUnitEndsAt).toBe(true);

    expect((await act(w.agent.token, { action: "close" })).body.status).toBe("closed");
    const again = await act(w.agent.token, { action: "receive" });
    expect(again.status).toBe(422);
    expect(again.body.error.code).toBe("rma.invalid_transition");

    const rma = await h.call("GET", `/api/v1/rmas/${id}`, { token: w.agent.token });
    expect(rma.body.steps.map((s: { action: string }) => s.action)).toEqual([
      "authorise",
      "receive",
      "inspect",
      "ship",
      "close",
    ]);
    for (const step of rma.body.steps) {
      expect(step.actorId).toBeTruthy();
      expect(step.at).toBeTruthy();
    }

    // The customer follows it on the ticket and in the portal: progress and tracking, not QA's notes.
    const events = await h.call("GET", `/api/v1/tickets/${ticket.number}/events`, {
      token: w.aliceUser.token,
    });
    const rmaEvents = events.body.items.filter((e: { type: string }) => e.type.startsWith("rma_"));
    expect(rmaEvents.map((e: { data: { action?: string } }) => e.data.action ?? "opened")).toEqual([
      "opened",
      "receive",
      "inspect",
      "ship",
      "close",
    ]);
    const text = JSON.stringify(events.body);
    expect(text).toContain("SF100");
    expect(text).toContain(newSerial);
    expect(text).not.toContain("backlight driver");
    expect(text).not.toContain("QA Wang");
    const portal = await h.call("GET", `/api/v1/rmas/${id}`, { token: w.aliceUser.token });
    expect(portal.status).toBe(200);
    expect(JSON.stringify(portal.body)).not.toContain("backlight driver");
    expect(portal.body.trackingNo).toBe("SF100");
    const bobs = await h.call("GET", `/api/v1/rmas/${id}`, { token: w.bobUser.token });
    expect(bobs.status).toBe(404);

    const audit = await h.call("GET", "/api/v1/audit?limit=200", { token: w.admin.token });
    const actions = audit.body.items
      .filter((a: { entityId: string }) => a.entityId === ticket.id)
      .map((a: { action: string }) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "ticket.rma_opened",
        "ticket.rma_receive",
        "ticket.rma_inspect",
        "ticket.rma_ship",
        "ticket.rma_close",
      ]),
    );
  });

  it("refuses what 三包 does not grant unless a supervisor overrides with a reason", async () => {
    const ticket = await ticketFor(serial.old, w.alice.id);
    const refused = await h.call("POST", `/api/v1/tickets/${ticket.number}/rma`, {
      token: w.agent.token,
      body: { kind: "exchange" },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe("rma.not_entitled");
    const agentOverride = await h.call("POST", `/api/v1/tickets/${ticket.number}/rma`, {
      token: w.agent.token,
      body: { kind: "exchange", override: { reason: "goodwill" } },
    });
    expect(agentOverride.status).toBe(403);
    const overridden = await h.call("POST", `/api/v1/tickets/${ticket.number}/rma`, {
      token: w.supervisor.token,
      body: { kind: "exchange", override: { reason: "Loyal customer, goodwill exchange" } },
    });
    expect(overridden.status).toBe(201);
    expect(overridden.body).toMatchObject({
      entitled: false,
      override: { reason: "Loyal customer, goodwill exchange" },
    });
    const portal = await h.call("GET", `/api/v1/rmas/${overridden.body.id}`, { token: w.aliceUser.token });
    expect(JSON.stringify(portal.body)).not.toContain("goodwill");
    const events = await h.call("GET", `/api/v1/tickets/${ticket.number}/events`, {
      token: w.aliceUser.token,
    });
    expect(JSON.stringify(events.body)).not.toContain("goodwill");
    const audit = await h.call("GET", "/api/v1/audit?limit=200", { token: w.admin.token });
    const entry = audit.body.items.find(
      (a: { entityId: string; action: string }) =>
        a.entityId === ticket.id && a.action === "ticket.rma_opened",
    );
    expect(JSON.stringify(entry.data)).toContain("goodwill");
  });

  it("refunds a return up to the invoice price, after QA", async () => {
    const ticket = await ticketFor(serial.bob, w.bob.id);
    const opened = await h.call("POST", `/api/v1/tickets/${ticket.number}/rma`, {
      token: w.agent.token,
      body: { kind: "return" },
    });
    expect(opened.status).toBe(201);
    expect(opened.body.suggestedRefund).toBe("3999.00");
    const id = opened.body.id;
    const act = (body: unknown, token = w.agent.token) =>
      h.call("POST", `/api/v1/rmas/${id}/transitions`, { token, body });
    expect((await act({ action: "refund", amount: "3999.00" })).body.error.code).toBe("rma.qa_required");
    await act({ action: "receive" });
    await h.call("POST", `/api/v1/rmas/${id}/inspection`, { token: w.qa.token, body: { result: "pass" } });
    const missing = await act({ action: "refund" });
    expect(missing.status).toBe(400);
    expect(paths(missing)).toEqual(["amount"]);
    const tooMuch = await act({ action: "refund", amount: "5000.00" });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.error.code).toBe("rma.refund_too_high");
    const refunded = await act({ action: "refund", amount: "3999.00" });
    expect(refunded.body).toMatchObject({ status: "refunded", refundAmount: "3999.00" });
    const wrongKind = await act({ action: "ship", trackingNo: "SF200" });
    expect(wrongKind.body.error.code).toBe("rma.invalid_transition");
    expect((await act({ action: "close" })).body.status).toBe("closed");
  });

  it("needs a unit on the ticket, and keeps customers and dealers from opening or moving RMAs", async () => {
    const noUnit = await w.post("/api/v1/tickets", {
      subject: "General question",
      description: "d",
      type: "consultation",
      customerId: w.alice.id,
    });
    const r = await h.call("POST", `/api/v1/tickets/${noUnit.number}/rma`, {
      token: w.agent.token,
      body: { kind: "repair" },
    });
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe("rma.unit_required");
    const ticket = await ticketFor(serial.alice, w.alice.id);
    for (const token of [w.aliceUser.token, w.dealer.token]) {
      const byOutsider = await h.call("POST", `/api/v1/tickets/${ticket.number}/rma`, {
        token,
        body: { kind: "repair" },
      });
      expect(byOutsider.status).toBe(403);
    }
    const bad = await h.call("POST", `/api/v1/tickets/${ticket.number}/rma`, {
      token: w.agent.token,
      body: { kind: "swap", override: { reason: "" } },
    });
    expect(bad.status).toBe(400);
    expect(paths(bad)).toEqual(["kind", "override.reason"]);
  });
});
