import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverDueAlerts } from "../../src/server/modules/analytics/alerts/deliver-alerts.js";
import { evaluateRules } from "../../src/server/modules/analytics/alerts/evaluate-rules.js";
import { type LocalSmtp, startLocalSmtp } from "../channels/local-smtp.js";
import { worldPerFile } from "../fixtures.js";
import { alertSchedule } from "./alert-schedule.js";

const { h, worlds } = worldPerFile("alerts-a", "alerts-b");
const [a, b] = worlds;
let smtp: LocalSmtp;

const HOUR = 3_600_000;
// The next Shanghai midnight at least two days ahead (16:00 UTC the day before), so the clock only
// moves forward and the tickets made below fall on the days the test names.
const dayStart = (() => {
  const d = new Date(Date.now() + 2 * 24 * HOUR);
  d.setUTCHours(16, 0, 0, 0);
  return d.getTime();
})();
/** Moves the test clock to `hours` after Shanghai midnight of day D (hours may exceed 24). */
const at = (hours: number) => {
  const target = dayStart + hours * HOUR;
  h.clock.advance(target - h.clock.now().getTime());
  return h.clock.now();
};

const { runSchedule, runJobs, alertNotes } = alertSchedule(h);
const alerts = async (token = a.supervisor.token) =>
  (await h.call("GET", "/api/v1/analytics/alerts", { token })).body.items as any[];
const phoneTickets = async (count: number, w = a) => {
  for (let i = 0; i < count; i++)
    await w.post("/api/v1/tickets", {
      subject: `Phone call ${i}`,
      description: "Called in",
      type: "support",
      channel: "phone",
      customerId: w.alice.id,
    });
};
const rule = (body: Record<string, unknown>, token = a.supervisor.token) =>
  h.call("POST", "/api/v1/analytics/alert-rules", { token, body });
const threshold = {
  kpi: "volume",
  dimension: "channel",
  detector: "threshold",
  sensitivity: 3,
  minVolume: 0,
};

beforeAll(async () => {
  smtp = await startLocalSmtp();
  const r = await h.call("POST", "/api/v1/channels/email", {
    token: a.admin.token,
    body: { name: "Service", address: "service@alerts.test", smtp: { url: smtp.url } },
  });
  expect(r.status).toBe(201);
});
afterAll(async () => smtp?.close());

describe("alert rules: quiet hours, cool-down, one delivery after commit", () => {
  let ruleId = "";

  it("keeps rules for leads only and translates a bad rule", async () => {
    expect((await rule(threshold, a.agent.token)).status).toBe(403);
    const bad = await rule({ ...threshold, name: "x", roles: ["supervisor"], detector: "batch_test" });
    expect(bad.status).toBe(400);
    const noOne = await rule({ ...threshold, name: "x" });
    expect(noOne.status).toBe(400);
    const stranger = await rule({ ...threshold, name: "x", userIds: [b.qa.id] });
    expect(stranger.status).toBe(422);
    expect(stranger.body.error.message).toContain("staff");
  });

  it("holds an alert found at 23:30 Shanghai time until 07:00, then notifies each recipient once", async () => {
    const r = await rule({
      ...threshold,
      name: "Phone calls pile up",
      roles: ["supervisor"],
      userIds: [a.qa.id],
      quietStart: "22:00",
      quietEnd: "07:00",
      cooldownHours: 24,
    });
    expect(r.status).toBe(201);
    ruleId = r.body.id;
    at(23.5);
    await phoneTickets(3);
    await runSchedule(a.tenantId);
    const [held] = await alerts();
    expect(held).toMatchObject({ ruleId, status: "held", key: "phone" });
    expect(held.evidence.value).toBe(3);
    expect(held.evidence.tickets).toHaveLength(3);
    expect(new Date(held.deliverAt).getTime()).toBe(dayStart + 31 * HOUR); // 07:00 the next day
    expect(await alertNotes(a.supervisor.token)).toHaveLength(0);

    at(30.98); // 06:59
    await runSchedule(a.tenantId);
    expect(await alertNotes(a.supervisor.token)).toHaveLength(0);

    at(31); // 07:00
    await runSchedule(a.tenantId);
    await runSchedule(a.tenantId);
    expect((await alerts())[0].status).toBe("delivered");
    const notes = await alertNotes(a.supervisor.token);
    expect(notes).toHaveLength(1);
    // The channel named in both languages (the bell shows the reader's).
    expect(notes[0].data).toMatchObject({
      alertId: held.id,
      kpi: "volume",
      key: "phone",
      label: "电话",
      labelEn: "Phone",
    });
    expect(await alertNotes(a.qa.token)).toHaveLength(1);
    expect(await alertNotes(a.agent.token)).toHaveLength(0);
    // The mail goes out from the job after commit, once per recipient.
    await runJobs();
    await runJobs();
    const mails = smtp.received.filter((m) => m.subject?.includes("Ticket volume"));
    expect(mails).toHaveLength(2);
    // English readers: the channel by its English name, not its code or its Chinese name.
    expect(mails[0]?.subject).toContain("Ticket volume: Phone");
    expect(mails[0]?.text).toContain(`/console/alerts?alert=${held.id}`);
  });

  it("does not raise the same subject again within the cool-down", async () => {
    at(31.2); // 07:12 on day D+1
    await phoneTickets(3);
    await runSchedule(a.tenantId);
    expect((await alerts()).filter((x) => x.ruleId === ruleId)).toHaveLength(1);
    at(47.6); // 23:36 on D+1: 24 h since the last one, and quiet again: raised and held
    await runSchedule(a.tenantId);
    const mine = (await alerts()).filter((x) => x.ruleId === ruleId);
    expect(mine).toHaveLength(2);
    expect(mine[0]).toMatchObject({ status: "held" });
    expect(new Date(mine[0].deliverAt).getTime()).toBe(dayStart + 55 * HOUR);
  });

  it("delivers a critical alert at once, even in quiet hours", async () => {
    const r = await rule({
      ...threshold,
      name: "Critical calls",
      roles: ["admin"],
      quietStart: "22:00",
      quietEnd: "07:00",
      severity: "critical",
    });
    await runSchedule(a.tenantId);
    const mine = (await alerts()).filter((x) => x.ruleId === r.body.id);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((x) => x.status === "delivered")).toBe(true);
    expect((await alertNotes(a.admin.token)).length).toBe(mine.length);
  });

  it("writes nothing, and notifies no one, when the run's transaction fails", async () => {
    const r = await rule({ ...threshold, name: "Rolled back", roles: ["supervisor"] });
    const before = (await alertNotes(a.supervisor.token)).length;
    await expect(
      h.services.db.transaction(async (tx) => {
        await evaluateRules(tx, a.tenantId, h.clock.now());
        expect(await deliverDueAlerts(tx, a.tenantId, h.clock.now())).toBeGreaterThan(0);
        throw new Error("crash before commit");
      }),
    ).rejects.toThrow("crash");
    expect((await alerts()).some((x) => x.ruleId === r.body.id)).toBe(false);
    expect(await alertNotes(a.supervisor.token)).toHaveLength(before);
    // Committed, it is delivered once.
    await runSchedule(a.tenantId);
    expect(await alertNotes(a.supervisor.token)).toHaveLength(
      before + (await alerts()).filter((x) => x.ruleId === r.body.id).length,
    );
  });

  it("shows another tenant nothing and answers 404 for its ids", async () => {
    const [one] = await alerts();
    expect(await alerts(b.supervisor.token)).toEqual([]);
    expect(
      (await h.call("GET", `/api/v1/analytics/alerts/${one.id}`, { token: b.supervisor.token })).status,
    ).toBe(404);
    expect((await h.call("GET", `/api/v1/analytics/alerts/${one.id}`, { token: a.qa.token })).status).toBe(
      200,
    );
    const put = await h.call("PUT", `/api/v1/analytics/alert-rules/${ruleId}`, {
      token: b.supervisor.token,
      body: { ...threshold, name: "Stolen", roles: ["supervisor"] },
    });
    expect(put.status).toBe(404);
    expect(
      (await h.call("GET", "/api/v1/analytics/alert-rules", { token: b.admin.token })).body.items,
    ).toEqual([]);
  });
});

describe("batch-defect alert and view", () => {
  it("flags the batch failing above its peers, alerts quality staff, and shows the tickets behind it", async () => {
    const model = await a.post("/api/v1/products", {
      sku: `BQ-${Date.now()}`,
      name: "Air purifier",
      warrantyMonths: 24,
    });
    const purchased = new Date(h.clock.now().getTime() - 200 * 24 * HOUR).toISOString().slice(0, 10);
    const serials: string[][] = [];
    for (let batch = 1; batch <= 4; batch++) {
      serials.push([]);
      for (let u = 1; u <= 12; u++) {
        const serial = `AP2026B${batch}${String(u).padStart(3, "0")}`;
        serials[batch - 1]?.push(serial);
        await a.post("/api/v1/units", {
          serial,
          productSku: model.sku,
          customerId: a.bob.id,
          purchasedAt: purchased,
        });
      }
    }
    // Batch 3 fails 8 times, the others once each.
    const repair = (serial: string) =>
      a.post("/api/v1/tickets", {
        subject: `Purifier fan fails ${serial}`,
        description: "Fan stops",
        type: "repair",
        customerId: a.bob.id,
        unitSerial: serial,
        tags: ["fan"],
      });
    for (const s of serials[2]?.slice(0, 8) ?? []) await repair(s);
    for (const batch of [0, 1, 3]) await repair(serials[batch]?.[0] as string);
    // The batch view: the flagged batch, its interval, the curve and the breakdown.
    const view = await h.call("GET", `/api/v1/analytics/quality/batches?productId=${model.id}`, {
      token: a.qa.token,
    });
    expect(view.status).toBe(200);
    expect(view.body.batchRule).toBe("serial_prefix");
    expect(view.body.batches.map((x: any) => [x.batch, x.units, x.failures, x.flagged])).toEqual([
      ["AP2026B1", 12, 1, false],
      ["AP2026B2", 12, 1, false],
      ["AP2026B3", 12, 8, true],
      ["AP2026B4", 12, 1, false],
    ]);
    const bad = view.body.batches[2];
    expect(bad.lo).toBeGreaterThan(view.body.batches[0].rate);
    expect(view.body.curve.find((c: any) => c.batch === "AP2026B3").points.length).toBeGreaterThan(0);
    expect(view.body.breakdown[0]).toMatchObject({
      fault: "fan",
      batch: "AP2026B3",
      band: "6-12",
      failures: 8,
    });
    const tickets = await h.call(
      "GET",
      `/api/v1/analytics/quality/batches/tickets?productId=${model.id}&batch=AP2026B3`,
      { token: a.qa.token },
    );
    expect(tickets.body.items).toHaveLength(8);
    // The rule addressed to quality staff raises one alert for that batch.
    const r = await rule({
      name: "Batch early warning",
      kpi: "batch_failure_rate",
      dimension: "model",
      detector: "batch_test",
      sensitivity: 0.05,
      minVolume: 10,
      roles: ["qa"],
      cooldownHours: 720,
    });
    expect(r.status).toBe(201);
    expect(
      (await h.call("POST", "/api/v1/analytics/alerts/check", { token: a.supervisor.token })).status,
    ).toBe(200);
    const mine = (await alerts(a.qa.token)).filter((x) => x.ruleId === r.body.id);
    expect(mine).toHaveLength(1);
    expect(mine[0].evidence.batch).toMatchObject({ productId: model.id, batch: "AP2026B3", failures: 8 });
    expect((await alertNotes(a.qa.token)).some((n) => n.data.alertId === mine[0].id)).toBe(true);
    // Another tenant's view of the same model is empty.
    const other = await h.call("GET", `/api/v1/analytics/quality/batches?productId=${model.id}`, {
      token: b.qa.token,
    });
    expect(other.body.batches).toEqual([]);
  });
});
