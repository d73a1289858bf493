import { beforeAll, describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

const { h, worlds } = worldPerFile("a");
const [w] = worlds;

const tag = Math.random().toString(36).slice(2, 7);
const serial = `TV-S-${tag}`;
const DAY = 86_400_000;
const today = () => h.clock.now().toISOString().slice(0, 10);

beforeAll(async () => {
  await w.post("/api/v1/products", {
    sku: `TV-${tag}`,
    name: "TV",
    warrantyMonths: 12,
    sanbaoRule: "partial_goods_1995",
    sanbaoCategory: "lcd_tv",
  });
  await w.post("/api/v1/units", {
    serial,
    productSku: `TV-${tag}`,
    customerId: w.alice.id,
    purchasedAt: today(),
    saleChannel: "offline",
    evidence: { invoice: true, voucher: true },
  });
});

describe("SLA targets of the RMA steps", () => {
  it("refuses a target below one day, naming the field", async () => {
    const bad = await h.call("PUT", "/api/v1/warranty/settings", {
      token: w.admin.token,
      body: { rmaSla: { qaWithinDays: 0 } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(["rmaSla.qaWithinDays"]);
  });

  it("shows when QA and shipping are due, and marks them overdue in the RMA and the QA queue", async () => {
    const saved = await h.call("PUT", "/api/v1/warranty/settings", {
      token: w.admin.token,
      body: { rmaSla: { qaWithinDays: 2 } },
    });
    expect(saved.status).toBe(200);
    const ticket = await w.post("/api/v1/tickets", {
      subject: "No picture",
      description: "Dark screen",
      type: "repair",
      customerId: w.alice.id,
      unitSerial: serial,
    });
    const opened = await h.call("POST", `/api/v1/tickets/${ticket.number}/rma`, {
      token: w.agent.token,
      body: { kind: "repair" },
    });
    expect(opened.status).toBe(201);
    expect(opened.body.due).toEqual([]);
    const id = opened.body.id;
    const received = await h.call("POST", `/api/v1/rmas/${id}/transitions`, {
      token: w.agent.token,
      body: { action: "receive", carrier: "SF", trackingNo: "SF1" },
    });
    const receivedAt = Date.parse(received.body.updatedAt);
    expect(received.body.due).toEqual([
      { step: "qa", dueAt: new Date(receivedAt + 2 * DAY).toISOString(), overdue: false },
    ]);

    h.clock.advance(2 * DAY + 60_000);
    const queue = await h.call("GET", "/api/v1/rmas?status=qa", { token: w.qa.token });
    expect(queue.body.items.find((r: { id: string }) => r.id === id).due).toEqual([
      expect.objectContaining({ step: "qa", overdue: true }),
    ]);

    const inspected = await h.call("POST", `/api/v1/rmas/${id}/inspection`, {
      token: w.qa.token,
      body: { result: "pass" },
    });
    expect(inspected.status).toBe(200);
    const passedAt = Date.parse(inspected.body.inspection.at);
    // Shipping keeps the default target: two days from QA's sign-off.
    expect(inspected.body.due).toEqual([
      { step: "ship", dueAt: new Date(passedAt + 2 * DAY).toISOString(), overdue: false },
    ]);
    const shipped = await h.call("POST", `/api/v1/rmas/${id}/transitions`, {
      token: w.agent.token,
      body: { action: "ship", carrier: "SF", trackingNo: "SF2" },
    });
    // Once shipped, only the follow-up call is still due.
    expect(shipped.body.due).toEqual([expect.objectContaining({ step: "follow_up", overdue: false })]);
  });

  it("records follow-up calls before and after shipment, due until one reaches the customer", async () => {
    const ticket = await w.post("/api/v1/tickets", {
      subject: "Sound cuts out",
      description: "No sound after ten minutes",
      type: "repair",
      customerId: w.alice.id,
      unitSerial: serial,
    });
    const opened = await h.call("POST", `/api/v1/tickets/${ticket.number}/rma`, {
      token: w.agent.token,
      body: { kind: "repair" },
    });
    const id = opened.body.id;
    const move = (body: Record<string, unknown>) =>
      h.call("POST", `/api/v1/rmas/${id}/transitions`, { token: w.agent.token, body });
    await move({ action: "receive" });
    // Before QA there is nothing to call about.
    const early = await move({ action: "follow_up", stage: "before_shipment", outcome: "reached" });
    expect(early.status).toBe(422);
    await h.call("POST", `/api/v1/rmas/${id}/inspection`, { token: w.qa.token, body: { result: "pass" } });

    const missing = await move({ action: "follow_up" });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      "outcome",
      "stage",
    ]);
    const wrongStage = await move({ action: "follow_up", stage: "after_shipment", outcome: "reached" });
    expect(wrongStage.status).toBe(422);
    expect(wrongStage.body.error.code).toBe("rma.follow_up_stage_wrong");

    const before = await move({
      action: "follow_up",
      stage: "before_shipment",
      outcome: "reached",
      notes: "Customer home after 6 pm",
    });
    expect(before.status).toBe(200);
    expect(before.body.status).toBe("qa_passed");

    const shipped = await move({ action: "ship", carrier: "SF", trackingNo: "SF3" });
    const shippedAt = Date.parse(shipped.body.updatedAt);
    expect(shipped.body.due).toEqual([
      { step: "follow_up", dueAt: new Date(shippedAt + 3 * DAY).toISOString(), overdue: false },
    ]);
    const noAnswer = await move({ action: "follow_up", stage: "after_shipment", outcome: "no_answer" });
    expect(noAnswer.body.due).toEqual([expect.objectContaining({ step: "follow_up" })]);
    const reached = await move({ action: "follow_up", stage: "after_shipment", outcome: "reached" });
    expect(reached.body.due).toEqual([]);
    expect(reached.body.status).toBe("shipped");

    // The customer sees the calls in the ticket's history, never staff's notes.
    const events = await h.call("GET", `/api/v1/tickets/${ticket.number}/events`, {
      token: w.aliceUser.token,
    });
    const calls = events.body.items.filter(
      (e: { type: string; data: { action?: string } }) =>
        e.type === "rma_step" && e.data.action === "follow_up",
    );
    expect(
      calls.map((e: { data: { stage: string; outcome: string } }) => [e.data.stage, e.data.outcome]),
    ).toEqual([
      ["before_shipment", "reached"],
      ["after_shipment", "no_answer"],
      ["after_shipment", "reached"],
    ]);
    expect(JSON.stringify(calls)).not.toContain("6 pm");
  });

  it("counts the steps in working days of the calendar the settings name, and refuses an unknown one", async () => {
    const unknown = await h.call("PUT", "/api/v1/warranty/settings", {
      token: w.admin.token,
      body: { rmaSla: { qaWithinDays: 1, calendarId: "cal_nope" } },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.map((d: { path: string }) => d.path)).toEqual(["rmaSla.calendarId"]);

    const calendars = await h.call("GET", "/api/v1/calendars", { token: w.admin.token });
    const china = calendars.body.items.find((c: { name: string }) => c.name !== "24×7");
    const saved = await h.call("PUT", "/api/v1/warranty/settings", {
      token: w.admin.token,
      body: { rmaSla: { qaWithinDays: 2, calendarId: china.id } },
    });
    expect(saved.status).toBe(200);
    const ticket = await w.post("/api/v1/tickets", {
      subject: "Flickers",
      description: "Flickers at night",
      type: "repair",
      customerId: w.alice.id,
      unitSerial: serial,
    });
    const opened = await h.call("POST", `/api/v1/tickets/${ticket.number}/rma`, {
      token: w.agent.token,
      body: { kind: "repair" },
    });
    // Received on a Friday at 17:30 in Beijing: two calendar days would end on Sunday.
    const now = h.clock.now().getTime();
    let friday = now - (now % DAY) + 9.5 * 3_600_000;
    while (new Date(friday).getUTCDay() !== 5 || friday <= now) friday += DAY;
    h.clock.advance(friday - now);
    const received = await h.call("POST", `/api/v1/rmas/${opened.body.id}/transitions`, {
      token: w.agent.token,
      body: { action: "receive" },
    });
    expect(Date.parse(received.body.due[0].dueAt)).toBeGreaterThan(
      Date.parse(received.body.updatedAt) + 3 * DAY,
    );
    // Two working days are two 8-hour office days of business time on that calendar.
    const due = await h.call("POST", `/api/v1/calendars/${china.id}/due`, {
      token: w.admin.token,
      body: { start: received.body.updatedAt, minutes: 2 * 480 },
    });
    expect(received.body.due).toEqual([{ step: "qa", dueAt: due.body.due, overdue: false }]);
  });
});
