import { beforeAll, describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

const { h, w } = worldPerFile("analytics-kpis");
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
const range = `from=${today}&to=${today}`;
const kpi = (id: string, extra = "", token = w.supervisor.token) =>
  h.call("GET", `/api/v1/kpis/${id}?${range}${extra}`, { token });

const open = (body: Record<string, unknown> = {}) =>
  w.post(
    "/api/v1/tickets",
    { subject: "S", description: "D", type: "repair", customerId: w.bob.id, ...body },
    w.agent.token,
  );
const act = (ref: string, action: string, token = w.agent.token) =>
  h.call("POST", `/api/v1/tickets/${ref}/transitions`, { token, body: { action, reason: "r" } });

// T1: replied to, resolved, confirmed by the customer (closed).
// T2: resolved, rejected by the customer (back in progress).
// T3: a complaint still open.
beforeAll(async () => {
  const t1 = await open();
  await h.call("POST", `/api/v1/tickets/${t1.id}/messages`, {
    token: w.agent.token,
    body: { body: "On it", visibility: "public" },
  });
  await act(t1.id, "resolve");
  expect((await act(t1.id, "confirm", w.bobUser.token)).status).toBe(200);
  const t2 = await open();
  await act(t2.id, "resolve");
  expect((await act(t2.id, "reject", w.bobUser.token)).status).toBe(200);
  await open({ type: "complaint" });
});

describe("GET /kpis/{kpi}", () => {
  it("answers each KPI as computed by hand", async () => {
    expect((await kpi("volume")).body).toEqual({ kpi: "volume", unit: "count", value: 3 });
    const expected: Record<string, number> = {
      backlog: 2,
      resolution_rate: 1 / 3,
      closed_loop_rate: 1,
      reopen_rate: 1 / 2,
      fcr_rate: 1 / 2,
      complaint_rate: 1 / 3,
    };
    for (const [id, value] of Object.entries(expected))
      expect((await kpi(id)).body.value).toBeCloseTo(value, 12);
    const afr = (await kpi("first_response_minutes_avg")).body;
    expect(afr.unit).toBe("minutes");
    expect(afr.value).toBeGreaterThanOrEqual(0);
    expect((await kpi("csat_avg")).body).toEqual({ kpi: "csat_avg", unit: "score", value: null });
  });

  it("agrees with the tickets API to the last ticket", async () => {
    const list = await h.call("GET", "/api/v1/tickets?limit=100", { token: w.supervisor.token });
    const statuses: string[] = list.body.items.map((t: { status: string }) => t.status);
    const closed = statuses.filter((s) => s === "closed").length;
    const done = statuses.filter((s) => s === "resolved" || s === "closed").length;
    expect((await kpi("volume")).body.value).toBe(statuses.length);
    expect((await kpi("closed_loop_rate")).body.value).toBe(closed / done);
    // A new ticket counts at once: the endpoint takes in changes the minutely job has not seen yet.
    await open();
    expect((await kpi("volume")).body.value).toBe(statuses.length + 1);
  });

  it("groups by a dimension and by day", async () => {
    const byType = (await kpi("volume", "&groupBy=type")).body;
    expect(byType.series).toEqual([
      { key: "complaint", value: 1 },
      { key: "repair", value: 3 },
    ]);
    expect((await kpi("volume", "&groupBy=day")).body.series).toEqual([{ key: today, value: 4 }]);
  });

  it("refuses unknown KPIs, bad ranges and agents, in the caller's language", async () => {
    const unknown = await h.call("GET", `/api/v1/kpis/happiness?${range}`, {
      token: w.supervisor.token,
      lang: "zh-CN",
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toContain("happiness");
    const backwards = await h.call("GET", "/api/v1/kpis/volume?from=2026-02-01&to=2026-01-01", {
      token: w.supervisor.token,
    });
    expect(backwards.status).toBe(400);
    expect((await kpi("volume", "&groupBy=planet")).status).toBe(400);
    expect((await kpi("volume", "", w.agent.token)).status).toBe(403);
  });
});

describe("targets and dashboards", () => {
  it("lets a supervisor set a tenant's target, and clear it back to the seed default", async () => {
    const set = await h.call("PUT", "/api/v1/kpis/fcr_rate/target", {
      token: w.supervisor.token,
      body: { target: 0.9 },
    });
    expect(set.status).toBe(200);
    expect(set.body.items.find((k: { id: string }) => k.id === "fcr_rate").target).toBe(0.9);
    const dash = await h.call("GET", `/api/v1/analytics/dashboard?${range}&groupBy=day`, {
      token: w.supervisor.token,
    });
    const fcr = dash.body.kpis.find((k: { kpi: string }) => k.kpi === "fcr_rate");
    expect(fcr).toMatchObject({
      target: 0.9,
      value: 0.5,
      status: "missed",
      series: [{ key: today, value: 0.5 }],
    });
    await h.call("PUT", "/api/v1/kpis/fcr_rate/target", {
      token: w.supervisor.token,
      body: { target: null },
    });
    const cat = await h.call("GET", "/api/v1/kpis", { token: w.supervisor.token });
    expect(cat.body.items.find((k: { id: string }) => k.id === "fcr_rate").target).toBe(0.85);
    const neutral = await h.call("PUT", "/api/v1/kpis/volume/target", {
      token: w.admin.token,
      body: { target: 5 },
    });
    expect(neutral.status).toBe(422);
  });

  it("gives an agent their own numbers only", async () => {
    const list = await h.call("GET", "/api/v1/tickets?limit=100", { token: w.supervisor.token });
    const mine = list.body.items.filter(
      (t: { assigneeId: string | null }) => t.assigneeId === w.agent.id,
    ).length;
    const me = await h.call("GET", `/api/v1/analytics/me?${range}`, { token: w.agent.token });
    expect(me.status).toBe(200);
    expect(me.body.agentId).toBe(w.agent.id);
    expect(me.body.kpis.find((k: { kpi: string }) => k.kpi === "volume").value).toBe(mine);
    expect(
      (await h.call("GET", `/api/v1/analytics/dashboard?${range}`, { token: w.agent.token })).status,
    ).toBe(403);
  });
});
