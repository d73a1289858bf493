import { beforeAll, describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

const { h, w } = worldPerFile("cb");

const SETTINGS = {
  enabled: true,
  ticketTypes: ["repair", "installation"],
  tiers: [],
  samplePercent: 100,
  delayHours: 0,
  retryPlan: [{ kind: "hours", hours: 2 }, { kind: "next_working_day" }, { kind: "days", days: 2 }],
  maxAttempts: 3,
  autoConfirm: true,
  callingHours: { start: 0, end: 24 },
  scripts: [
    {
      ticketType: null,
      zh: "您好 {name}，服务单 {number} 已处理完毕。",
      en: "Hello {name}, request {number} is resolved.",
    },
    {
      ticketType: "installation",
      zh: "您好 {name}，安装是否顺利？",
      en: "Hello {name}, did the installation go well?",
    },
  ],
};

const runJobs = async () => {
  while (await h.jobs.tick()) {}
};
const put = (body: unknown, token = w.admin.token, lang = "en") =>
  h.call("PUT", "/api/v1/callback-settings", { token, body, lang });

// A ticket resolved by the agent; returns it with the callback it got (if any).
async function resolvedTicket(body: Record<string, unknown> = {}) {
  const t = await w.post(
    "/api/v1/tickets",
    { subject: "洗衣机不脱水", description: "D", type: "repair", customerId: w.bob.id, ...body },
    w.agent.token,
  );
  for (const action of ["start", "resolve"])
    expect(
      (
        await h.call("POST", `/api/v1/tickets/${t.id}/transitions`, {
          token: w.agent.token,
          body: { action },
        })
      ).status,
    ).toBe(200);
  const queue = await h.call("GET", `/api/v1/callbacks?ticket=${t.id}`, { token: w.agent.token });
  expect(queue.status).toBe(200);
  return { ticket: t as { id: string; number: string }, callback: queue.body.items[0] as any };
}
const attempt = (id: string, outcome: string, token = w.agent.token) =>
  h.call("POST", `/api/v1/callbacks/${id}/attempts`, { token, body: { outcome, note: "客户在开会" } });
const result = (id: string, body: Record<string, unknown>, lang = "en") =>
  h.call("POST", `/api/v1/callbacks/${id}/result`, { token: w.agent.token, body, lang });
const ticketOf = (ref: string, token = w.bobUser.token) => h.call("GET", `/api/v1/tickets/${ref}`, { token });
const eventsOf = (ref: string, token = w.bobUser.token) =>
  h.call("GET", `/api/v1/tickets/${ref}/events`, { token }).then((r) => r.body.items as any[]);

beforeAll(async () => {
  expect((await put(SETTINGS)).status).toBe(200);
});

describe("callback rules", () => {
  it("only an admin changes them; a bad plan is a translated 400", async () => {
    expect((await put(SETTINGS, w.agent.token)).status).toBe(403);
    const hours = await put({ ...SETTINGS, callingHours: { start: 20, end: 9 } }, w.admin.token, "zh-CN");
    expect(hours.status).toBe(400);
    expect(hours.body.error.code).toBe("callback.hours_invalid");
    expect(hours.body.error.message).toMatch(/回访时段/);
    const plan = await put({ ...SETTINGS, retryPlan: [{ kind: "weeks", weeks: 1 }] });
    expect(plan.status).toBe(400);
    const read = await h.call("GET", "/api/v1/callback-settings", { token: w.agent.token });
    expect(read.body.maxAttempts).toBe(3);
  });

  it("queues a resolved ticket of a chosen type, once, and not the others", async () => {
    const { callback } = await resolvedTicket();
    expect(callback).toMatchObject({ status: "open", attempts: 0, maxAttempts: 3, customerName: "Bob" });
    const { callback: none } = await resolvedTicket({ type: "consultation" });
    expect(none).toBeUndefined();
  });

  it("follows the customer tiers and the sample", async () => {
    expect((await put({ ...SETTINGS, tiers: ["vip"] })).status).toBe(200);
    expect((await resolvedTicket()).callback).toBeUndefined();
    expect((await put({ ...SETTINGS, samplePercent: 0 })).status).toBe(200);
    expect((await resolvedTicket()).callback).toBeUndefined();
    expect((await put(SETTINGS)).status).toBe(200);
  });
});

describe("working a callback", () => {
  it("an unanswered call schedules the next per the plan; the script is the ticket type's", async () => {
    const { callback } = await resolvedTicket({ type: "installation" });
    const detail = await h.call("GET", `/api/v1/callbacks/${callback.id}`, { token: w.agent.token });
    expect(detail.body.script.en).toBe("Hello Bob, did the installation go well?");
    const before = Date.now();
    const r = await attempt(callback.id, "no_answer");
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ status: "open", attempts: 1, lastOutcome: "no_answer" });
    // +2 h (calling hours are the whole day in this tenant's rules).
    const due = new Date(r.body.dueAt).getTime();
    expect(due).toBeGreaterThanOrEqual(before + 2 * 3_600_000 - 1000);
    expect(due).toBeLessThan(before + 3 * 3_600_000);
    expect(r.body.history[0]).toMatchObject({ outcome: "no_answer", note: "客户在开会" });
    // Not due any more: off the caller's "due now" list.
    const dueNow = await h.call("GET", "/api/v1/callbacks?due=now", { token: w.agent.token });
    expect(dueNow.body.items.map((c: { id: string }) => c.id)).not.toContain(callback.id);
  });

  it("fixed and satisfied confirms the ticket: the customer sees it closed and that we called", async () => {
    const { ticket, callback } = await resolvedTicket();
    await attempt(callback.id, "busy");
    const missing = await result(callback.id, { result: "fixed" }, "zh-CN");
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe("callback.score_required");
    const r = await result(callback.id, { result: "fixed", score: 5, note: "客户说师傅很专业" });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: "done", result: "fixed", score: 5, ticketStatus: "closed" });
    expect((await ticketOf(ticket.id)).body.status).toBe("closed");
    const events = await eventsOf(ticket.id);
    const calls = events.filter((e) => e.type === "callback");
    expect(calls.map((e) => e.data)).toEqual([
      { outcome: "busy", attempt: 1 },
      { outcome: "confirmed", attempt: 2, score: 5, complaintNumber: null },
    ]);
    // The caller's notes never reach the customer.
    expect(JSON.stringify(events)).not.toContain("专业");
    expect(JSON.stringify(events)).not.toContain("开会");
    // Finished: no second result, no more attempts.
    expect((await result(callback.id, { result: "fixed", score: 4 })).status).toBe(409);
    expect((await attempt(callback.id, "no_answer")).status).toBe(409);
  });

  it("not fixed reopens the ticket with the reason (required)", async () => {
    const { ticket, callback } = await resolvedTicket();
    const noReason = await result(callback.id, { result: "not_fixed", score: 2 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.code).toBe("callback.reason_required");
    const r = await result(callback.id, { result: "not_fixed", score: 2, reason: "还是不脱水" });
    expect(r.status).toBe(200);
    const t = await ticketOf(ticket.id, w.agent.token);
    expect(t.body.status).toBe("in_progress");
    const staffEvents = await eventsOf(ticket.id, w.agent.token);
    expect(
      staffEvents.find((e) => e.type === "status_changed" && e.data.action === "reject")?.data.reason,
    ).toBe("还是不脱水");
    // A second resolution queues a new callback.
    await h.call("POST", `/api/v1/tickets/${ticket.id}/transitions`, {
      token: w.agent.token,
      body: { action: "resolve" },
    });
    const again = await h.call("GET", `/api/v1/callbacks?ticket=${ticket.id}`, { token: w.agent.token });
    expect(again.body.items).toHaveLength(1);
    expect(again.body.items[0].id).not.toBe(callback.id);
  });

  it("a complaint opens a complaint ticket naming the original", async () => {
    const { ticket, callback } = await resolvedTicket();
    expect((await result(callback.id, { result: "complaint", score: 1 })).body.error.code).toBe(
      "callback.complaint_required",
    );
    const r = await result(callback.id, {
      result: "complaint",
      score: 1,
      complaint: "上门三次都没修好，要求退货",
    });
    expect(r.status).toBe(200);
    const number = r.body.complaintTicketNumber as string;
    expect(number).toMatch(/^SO-/);
    const complaint = await ticketOf(number, w.agent.token);
    expect(complaint.body).toMatchObject({ type: "complaint", customerId: w.bob.id });
    expect(complaint.body.description).toContain(ticket.number);
    expect(complaint.body.tags).toContain(`re:${ticket.number}`);
    const customerView = await eventsOf(ticket.id);
    expect(customerView.find((e) => e.type === "callback")?.data).toMatchObject({
      outcome: "complaint",
      complaintNumber: number,
    });
  });
});

describe("unreachable customers", () => {
  it("after the last attempt the job auto-confirms the ticket, recorded as such", async () => {
    const { ticket, callback } = await resolvedTicket();
    await attempt(callback.id, "no_answer");
    await attempt(callback.id, "busy");
    const last = await attempt(callback.id, "no_answer");
    expect(last.body).toMatchObject({ status: "unreachable", attempts: 3 });
    await runJobs();
    expect((await ticketOf(ticket.id)).body.status).toBe("closed");
    const done = await h.call("GET", `/api/v1/callbacks/${callback.id}`, { token: w.agent.token });
    expect(done.body).toMatchObject({ result: "auto_confirmed" });
    expect(done.body.reason).toContain("auto-confirmed after 3 unanswered callbacks");
    const staff = await eventsOf(ticket.id, w.agent.token);
    expect(staff.find((e) => e.type === "status_changed" && e.data.to === "closed")?.data).toMatchObject({
      action: "auto_confirm",
      reason: expect.stringContaining("auto-confirmed after 3 unanswered callbacks"),
    });
    expect((await eventsOf(ticket.id)).at(-1)).toMatchObject({
      type: "callback",
      data: { outcome: "auto_confirmed", attempt: 3 },
    });
    const audit = await h.call("GET", "/api/v1/audit?limit=50", { token: w.admin.token });
    const actions = (audit.body.items as { action: string; entityId: string }[])
      .filter((e) => e.entityId === callback.id)
      .map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(["callback.queued", "callback.attempted", "callback.auto_confirmed"]),
    );
  });

  it("with the policy off the ticket stays resolved and the callback waits for the desk", async () => {
    expect((await put({ ...SETTINGS, autoConfirm: false, maxAttempts: 1 })).status).toBe(200);
    const { ticket, callback } = await resolvedTicket();
    expect(callback.maxAttempts).toBe(1);
    expect((await attempt(callback.id, "wrong_number")).body.status).toBe("unreachable");
    await runJobs();
    expect((await ticketOf(ticket.id)).body.status).toBe("resolved");
    // The customer calls back later: the result still counts.
    expect((await result(callback.id, { result: "fixed", score: 4 })).status).toBe(200);
    expect((await ticketOf(ticket.id)).body.status).toBe("closed");
    expect((await put(SETTINGS)).status).toBe(200);
  });
});

describe("callback KPIs", () => {
  it("callback rate and results are in the analytics catalogue", async () => {
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
    const kpi = async (id: string) =>
      (await h.call("GET", `/api/v1/kpis/${id}?from=${today}&to=${today}`, { token: w.supervisor.token }))
        .body;
    const rate = await kpi("callback_rate");
    expect(rate.unit).toBe("ratio");
    expect(rate.value).toBeGreaterThan(0);
    expect(rate.value).toBeLessThanOrEqual(1);
    // Reached so far: fixed (5), not fixed (2), complaint (1), late fixed (4) → 2 of 4 fixed.
    expect((await kpi("callback_fixed_rate")).value).toBeCloseTo(2 / 4, 12);
    expect((await kpi("callback_score_avg")).value).toBeCloseTo((5 + 2 + 1 + 4) / 4, 12);
  });
});

describe("callbacks belong to their tenant and their callers", () => {
  it("customers and technicians cannot see the queue", async () => {
    expect((await h.call("GET", "/api/v1/callbacks", { token: w.bobUser.token })).status).toBe(403);
    expect((await h.call("GET", "/api/v1/callbacks", { token: w.technician.token })).status).toBe(403);
    expect((await h.call("GET", "/api/v1/callbacks/cbk_nope", { token: w.agent.token })).status).toBe(404);
  });
});
