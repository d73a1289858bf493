import { beforeAll, describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";
import { advanceAndRunTimers, MIN, ticketEvents, ticketSla } from "./sla-helpers.js";

const { h, w } = worldPerFile("sla");
let allDayId: string;
let chinaId: string;

const advance = (ms: number) => advanceAndRunTimers(h, ms);

const events = (ref: string) => ticketEvents(h, w.agent.token, ref);
const sla = (ref: string) => ticketSla(h, w.agent.token, ref);
const policy = (body: Record<string, unknown>) =>
  w.post("/api/v1/sla-policies", { calendarId: allDayId, warnAtPercent: 80, ...body });
const open = (body: Record<string, unknown>) =>
  w.post("/api/v1/tickets", { subject: "S", description: "D", customerId: w.bob.id, ...body }, w.agent.token);

beforeAll(async () => {
  const list = await h.call("GET", "/api/v1/calendars", { token: w.admin.token });
  allDayId = list.body.items.find((c: { name: string }) => c.name === "24×7").id;
  chinaId = list.body.items.find((c: { timezone: string; name: string }) => c.name !== "24×7").id;
});

describe("business calendars", () => {
  it("ships the China and 24×7 calendars and computes due times with 调休", async () => {
    const china = await h.call("GET", `/api/v1/calendars/${chinaId}`, { token: w.agent.token });
    expect(china.body).toMatchObject({ timezone: "Asia/Shanghai", weeklyMinutes: 5 * 480 });
    expect(china.body.overrides).toContainEqual({
      date: "2026-10-10",
      hours: [
        ["09:00", "12:00"],
        ["13:00", "18:00"],
      ],
    });
    const due = await h.call("POST", `/api/v1/calendars/${chinaId}/due`, {
      token: w.agent.token,
      body: { start: "2026-09-30T17:00:00+08:00", minutes: 120 },
    });
    expect(due.body).toEqual({ due: "2026-10-08T02:00:00.000Z" });
  });

  it("creates, validates and patches a calendar (a 2027 holiday by hand)", async () => {
    const bad = await h.call("POST", "/api/v1/calendars", {
      token: w.admin.token,
      body: { name: "x", timezone: "Mars/Olympus", weekly: { mon: [["18:00", "09:00"]] } },
    });
    expect(bad.status).toBe(400);
    const paths = bad.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(["timezone", "weekly.mon", "weekly.tue"]));
    const weekday = [["09:00", "17:00"]];
    const body = {
      name: "New York office",
      timezone: "America/New_York",
      weekly: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: [], sun: [] },
    };
    expect((await h.call("POST", "/api/v1/calendars", { token: w.agent.token, body })).status).toBe(403);
    const created = await w.post("/api/v1/calendars", body);
    const patched = await h.call("PATCH", `/api/v1/calendars/${created.id}`, {
      token: w.admin.token,
      body: { overrides: [{ date: "2027-01-01", hours: [] }] },
    });
    expect(patched.status).toBe(200);
    // Thu 2026-12-31 16:00 EST + 120 min: Friday 2027-01-01 is now a holiday → Mon 2027-01-04 10:00 EST
    const due = await h.call("POST", `/api/v1/calendars/${created.id}/due`, {
      token: w.agent.token,
      body: { start: "2026-12-31T21:00:00Z", minutes: 120 },
    });
    expect(due.body.due).toBe("2027-01-04T15:00:00.000Z");
  });
});

describe("policies and ticket clocks", () => {
  it("picks the most specific matching policy", async () => {
    const general = await policy({
      name: "exchange",
      match: { type: "exchange" },
      targets: { firstResponseMinutes: 60, resolutionMinutes: 600 },
    });
    const gold = await policy({
      name: "exchange gold",
      match: { type: "exchange", tier: "gold" },
      targets: { firstResponseMinutes: 10, resolutionMinutes: 100 },
    });
    const forBob = await open({ type: "exchange" });
    const forAlice = await open({ type: "exchange", customerId: w.alice.id });
    expect((await sla(forBob.number)).policy.id).toBe(general.id);
    const s = await sla(forAlice.number);
    expect(s.policy.id).toBe(gold.id);
    expect(s.targets.map((t: { metric: string }) => t.metric)).toEqual(["first_response", "resolution"]);
    const fr = s.targets[0];
    expect(new Date(fr.dueAt).getTime() - new Date(forAlice.createdAt).getTime()).toBe(10 * MIN);
    expect(fr.status).toBe("running");
  });

  it("warns at 80 %, records the breach once and shows it on the ticket and the monitor", async () => {
    await policy({
      name: "delivery",
      match: { type: "delivery" },
      targets: { firstResponseMinutes: 10, resolutionMinutes: 60 },
    });
    const t = await open({ type: "delivery" });
    expect(t.slaState).toBe("ok");
    await advance(8 * MIN + 1000);
    expect((await events(t.number)).filter((e) => e.type === "sla_warning")).toHaveLength(1);
    let ticket = await h.call("GET", `/api/v1/tickets/${t.number}`, { token: w.agent.token });
    expect(ticket.body.slaState).toBe("warning");
    await advance(3 * MIN);
    await advance(0);
    const breaches = (await events(t.number)).filter((e) => e.type === "sla_breached");
    expect(breaches).toHaveLength(1);
    expect(breaches[0]?.data.metric).toBe("first_response");
    ticket = await h.call("GET", `/api/v1/tickets/${t.number}`, { token: w.agent.token });
    expect(ticket.body.slaState).toBe("breached");
    const s = await sla(t.number);
    expect(s.targets[0]).toMatchObject({ metric: "first_response", status: "breached" });
    expect(s.targets[0].breachedAt).toBeTruthy();
    const monitor = await h.call("GET", "/api/v1/sla/monitor", { token: w.supervisor.token });
    expect(monitor.status).toBe(200);
    expect(monitor.body.breached).toBeGreaterThanOrEqual(1);
    expect(monitor.body.breachedTickets.map((x: { number: string }) => x.number)).toContain(t.number);
    expect((await h.call("GET", "/api/v1/sla/monitor", { token: w.agent.token })).status).toBe(403);
    // the queue sorts by due soonest
    const queue = await h.call("GET", "/api/v1/tickets?sort=sla_due&status=open&limit=200", {
      token: w.agent.token,
    });
    const dues = queue.body.items.map((x: { slaDueAt: string | null }) => x.slaDueAt).filter(Boolean);
    expect(dues).toEqual([...dues].sort());
  });

  it("pauses while waiting on the customer and resumes without counting the wait", async () => {
    await policy({
      name: "install",
      match: { type: "installation" },
      pauseOn: ["pending_customer"],
      targets: { firstResponseMinutes: 30, resolutionMinutes: 120 },
    });
    const t = await open({ type: "installation" });
    await h.call("POST", `/api/v1/tickets/${t.number}/messages`, {
      token: w.agent.token,
      body: { body: "On it" },
    });
    await advance(10 * MIN);
    const act = (action: string) =>
      h.call("POST", `/api/v1/tickets/${t.number}/transitions`, { token: w.agent.token, body: { action } });
    expect((await act("start")).status).toBe(200);
    expect((await act("pend_customer")).status).toBe(200);
    let s = await sla(t.number);
    expect(s.targets.find((x: { metric: string }) => x.metric === "resolution")).toMatchObject({
      status: "paused",
      dueAt: null,
    });
    expect(s.targets.find((x: { metric: string }) => x.metric === "first_response").status).toBe("met");
    expect(s.pauses).toHaveLength(1);
    await advance(60 * MIN);
    expect((await act("resume")).status).toBe(200);
    s = await sla(t.number);
    const res = s.targets.find((x: { metric: string }) => x.metric === "resolution");
    expect(res.status).toBe("running");
    expect(Math.round(res.elapsedBusinessMinutes)).toBe(10);
    expect(new Date(res.dueAt).getTime() - h.clock.now().getTime()).toBeGreaterThan(109 * MIN);
    expect(s.pauses[0].to).toBeTruthy();
    const types = (await events(t.number)).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(["sla_paused", "sla_resumed"]));
  });

  it("re-evaluates when the priority changes, keeping business time already counted", async () => {
    await policy({
      name: "refund",
      match: { type: "refund" },
      targets: { firstResponseMinutes: 240, resolutionMinutes: 1440 },
    });
    const urgent = await policy({
      name: "refund A",
      match: { type: "refund", priority: "A" },
      targets: { firstResponseMinutes: 30, resolutionMinutes: 60 },
    });
    const t = await open({ type: "refund", priority: "C" });
    await advance(20 * MIN);
    const r = await h.call("PATCH", `/api/v1/tickets/${t.number}`, {
      token: w.agent.token,
      body: { priority: "A" },
    });
    expect(r.status).toBe(200);
    const s = await sla(t.number);
    expect(s.policy.id).toBe(urgent.id);
    const fr = s.targets.find((x: { metric: string }) => x.metric === "first_response");
    // 30 min budget, 20 already used → due 10 minutes after the change
    expect(new Date(fr.dueAt).getTime() - new Date(t.createdAt).getTime()).toBe(30 * MIN);
  });

  it("climbs the escalation ladder, applies steps on manual escalation, and opens the golden channel", async () => {
    await policy({
      name: "complaint",
      match: { type: "complaint" },
      targets: { firstResponseMinutes: 60, resolutionMinutes: 600 },
      escalation: [
        { level: 1, afterMinutes: 5, notifyRoles: ["supervisor"], assignTo: "supervisor" },
        { level: 2, afterMinutes: 10, notifyRoles: ["admin"] },
      ],
    });
    const t = await open({ type: "complaint" });
    await advance(6 * MIN);
    let ticket = (await h.call("GET", `/api/v1/tickets/${t.number}`, { token: w.agent.token })).body;
    expect(ticket.escalationLevel).toBe(1);
    expect(ticket.assigneeId).toBe(w.supervisor.id);
    const esc = (await events(t.number)).filter((e) => e.type === "escalated");
    expect(esc[0]?.data).toMatchObject({ from: 0, to: 1, source: "policy", notifyRoles: ["supervisor"] });
    // manual escalation to level 2 applies the level-2 step; the timer for level 2 then does nothing
    await h.call("POST", `/api/v1/tickets/${t.number}/transitions`, {
      token: w.agent.token,
      body: { action: "escalate" },
    });
    await advance(10 * MIN);
    ticket = (await h.call("GET", `/api/v1/tickets/${t.number}`, { token: w.agent.token })).body;
    expect(ticket.escalationLevel).toBe(2);
    const all = await events(t.number);
    expect(all.filter((e) => e.type === "escalated")).toHaveLength(2);
    expect(all.find((e) => e.type === "escalation_step")?.data).toMatchObject({ level: 2, source: "manual" });
    const s = await sla(t.number);
    expect(s.escalations.map((e: { level: number; source: string }) => [e.level, e.source])).toEqual([
      [1, "policy"],
      [2, "manual"],
    ]);

    await policy({
      name: "golden",
      match: { type: "return" },
      goldenChannel: true,
      targets: { firstResponseMinutes: 5, resolutionMinutes: 30 },
    });
    const g = await open({ type: "return", customerId: w.alice.id, unitSerial: w.aliceUnit.serial });
    await advance(0);
    const golden = (await events(g.number)).find((e) => e.type === "escalated");
    expect(golden?.data).toMatchObject({ golden: true, to: 1, assignedTo: w.agent.id });
    const gs = await sla(g.number);
    expect(new Date(gs.escalations[0].deadlineAt).getTime() - new Date(gs.escalations[0].at).getTime()).toBe(
      60 * MIN,
    );
  });

  it("reports compliance per metric and group", async () => {
    const from = new Date(Date.now() - 86_400_000).toISOString();
    const to = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const r = await h.call("GET", `/api/v1/sla/report?from=${from}&to=${to}&groupBy=priority`, {
      token: w.supervisor.token,
    });
    expect(r.status).toBe(200);
    const fr = r.body.rows.filter((x: { metric: string }) => x.metric === "first_response");
    expect(fr.length).toBeGreaterThan(0);
    for (const row of r.body.rows)
      expect(Object.keys(row).sort()).toEqual(
        [
          "avgBusinessMinutes",
          "breaches",
          "key",
          "met",
          "metPercent",
          "metric",
          "p90BusinessMinutes",
          "running",
          "targets",
        ].sort(),
      );
    expect(fr.reduce((a: number, x: { breaches: number }) => a + x.breaches, 0)).toBeGreaterThanOrEqual(1);
    // The met share is over finished targets only; running ones are counted apart.
    type Row = { targets: number; met: number; breaches: number; running: number; metPercent: number | null };
    for (const row of r.body.rows as Row[]) {
      expect(row.met + row.breaches + row.running).toBe(row.targets);
      const finished = row.met + row.breaches;
      expect(row.metPercent).toBe(finished ? Math.round((1000 * row.met) / finished) / 10 : null);
    }
    expect((r.body.rows as Row[]).some((row) => row.running > 0)).toBe(true);
    const bad = await h.call("GET", `/api/v1/sla/report?from=${to}&to=${from}`, {
      token: w.supervisor.token,
    });
    expect(bad.status).toBe(400);
  });
});
