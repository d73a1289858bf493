import { describe, expect, it } from "vitest";
import { seedForecastDemo } from "../../src/server/modules/analytics/index.js";
import { worldPerFile } from "../fixtures.js";

const { h, worlds } = worldPerFile("forecast-a", "forecast-b");
const [a, b] = worlds;
const forecast = (token: string, q = "") =>
  h.call("GET", `/api/v1/analytics/forecasts/volume${q}`, { token });

describe("GET /analytics/forecasts/volume", () => {
  it("forecasts each channel and product line with its backtest beside seasonal naive, and staffs the queues", async () => {
    await seedForecastDemo(h.services, a.tenantId);
    const r = await forecast(a.supervisor.token);
    expect(r.status).toBe(200);
    const body = r.body;
    expect(body.demoHistory).toBe(true);
    expect(body.horizon).toBe(14);
    expect(body.total.forecast).toHaveLength(14);
    expect(body.channels.map((c: { key: string }) => c.key).sort()).toEqual(["chat", "email", "phone"]);
    expect(body.productLines.map((c: { key: string }) => c.key).sort()).toEqual([
      "aircon",
      "fridge",
      "washer",
    ]);
    // The forecaster beats last week's numbers on the demo's holiday-laden history.
    expect(body.total.backtest.mase).toBeLessThan(body.total.backtest.baselineMase);
    for (const p of body.total.forecast) expect(p.lo80).toBeLessThanOrEqual(p.hi80);
    const day = body.staffing.days[0];
    expect(day.channels.find((c: { channel: string }) => c.channel === "phone").method).toBe("erlang_c");
    expect(day.channels.find((c: { channel: string }) => c.channel === "email").method).toBe("workload");
    expect(day.agents).toBeGreaterThan(0);
  }, 60_000);

  it("shows another tenant none of it, refuses agents and a bad horizon", async () => {
    const other = (await forecast(b.supervisor.token)).body;
    expect(other.channels).toEqual([]);
    expect(other.demoHistory).toBe(false);
    expect(other.total.backtest).toBeNull();
    expect((await forecast(a.agent.token)).status).toBe(403);
    const bad = await forecast(a.supervisor.token, "?horizon=400");
    expect(bad.status).toBe(400);
  });
});

describe("GET /analytics/anomalies and their evidence", () => {
  it("answers supervisors, refuses agents and translates a bad query", async () => {
    const r = await h.call("GET", "/api/v1/analytics/anomalies", { token: a.supervisor.token });
    expect(r.status).toBe(200);
    expect(Array.isArray(r.body.items)).toBe(true);
    expect((await h.call("GET", "/api/v1/analytics/anomalies", { token: a.agent.token })).status).toBe(403);
    const bad = await h.call(
      "GET",
      "/api/v1/analytics/anomalies/evidence?kpi=x&dimension=team&key=k&day=2026-01-01",
      {
        token: a.supervisor.token,
      },
    );
    expect(bad.status).toBe(400);
    const none = await h.call(
      "GET",
      "/api/v1/analytics/anomalies/evidence?kpi=volume&dimension=channel&key=phone&day=2026-01-01",
      { token: b.supervisor.token },
    );
    expect(none.body).toEqual({ items: [] });
  });
});
