import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

const { h, worlds } = worldPerFile("parts-demand-a", "parts-demand-b");
const [a, b] = worlds;

// A hand-made ledger: part FLT-1 at site WH consumed 2 every other week for 40 weeks; 1 on hand,
// reorder point 3.
describe("GET /analytics/parts-demand", () => {
  it("forecasts a part's weekly consumption at its site, with the backtest and both reorder quantities", async () => {
    const db = h.services.db;
    const t = a.tenantId;
    await db.execute(
      sql`insert into parts (id, tenant_id, part_no, name) values ('prt_pd1', ${t}, 'FLT-1', 'Filter')`,
    );
    await db.execute(
      sql`insert into stock_sites (id, tenant_id, code, name, kind) values ('sit_pd1', ${t}, 'WH', 'Warehouse', 'warehouse')`,
    );
    await db.execute(sql`insert into stock_balances (tenant_id, site_id, part_id, on_hand, reserved, reorder_point)
                         values (${t}, 'sit_pd1', 'prt_pd1', 1, 0, 3)`);
    const now = Date.now();
    for (let w = 2; w <= 80; w += 2) {
      const at = new Date(now - w * 7 * 86_400_000).toISOString();
      await db.execute(sql`insert into stock_movements
        (id, tenant_id, part_id, site_id, kind, qty, on_hand_delta, reserved_delta, defective_delta, created_at)
        values (${`mov_pd_${w}`}, ${t}, 'prt_pd1', 'sit_pd1', 'consumption', 2, -2, -2, 0, ${at})`);
    }
    const r = await h.call("GET", "/api/v1/analytics/parts-demand", { token: a.supervisor.token });
    expect(r.status).toBe(200);
    const line = r.body.items[0];
    expect(line.partNo).toBe("FLT-1");
    expect(line.siteCode).toBe("WH");
    // About one part a week.
    expect(line.forecast.mean).toBeGreaterThan(0.8);
    expect(line.forecast.mean).toBeLessThan(1.1);
    // Its backtest beside naive (which wins on intermittent series is the unit test's question).
    expect(line.backtest.folds).toBeGreaterThan(0);
    expect(line.backtest.mase).toBeLessThanOrEqual(line.backtest.baselineMase);
    // Naive's interval coverage beside the model's, and the week the forecast starts (a Monday).
    expect(line.backtest.baselineCoverage80).toBeGreaterThanOrEqual(0);
    expect(line.backtest.baselineCoverage80).toBeLessThanOrEqual(1);
    expect(new Date(`${r.body.firstWeek}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(r.body.aheadWeeks).toBe(4);
    expect(line.partNameEn).toBeNull();
    // Parts' rule: reorder point 3 − 1 available = 2; the forecast's: three weeks of ~1 with margin − 1.
    expect(line.partsSuggestion).toBe(2);
    expect(line.forecastSuggestion).toBeGreaterThanOrEqual(2);
    const other = await h.call("GET", "/api/v1/analytics/parts-demand", { token: b.supervisor.token });
    expect(other.body.items).toEqual([]);
    expect((await h.call("GET", "/api/v1/analytics/parts-demand", { token: a.agent.token })).status).toBe(
      403,
    );
  });
});
