import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { CUSTOMER_SEGMENTS } from "../../src/shared/api/insight.js";
import { worldPerFile } from "../fixtures.js";

// A report restricted to one customer segment counts exactly the tickets of that segment's
// customers: checked against hand counts, against the tickets' own rows, and as a partition (the
// eight segments add up to the whole tenant).
const { h, worlds } = worldPerFile("seg-a", "seg-b");
const [a, b] = worlds;
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
const range = { from: today, to: today };

const run = (body: Record<string, unknown>, token = a.supervisor.token, lang = "zh-CN") =>
  h.call("POST", "/api/v1/analytics/reports/run", { token, lang, body: { range, ...body } });

const ids: Record<string, string> = {};
beforeAll(async () => {
  const open = async (world: typeof a, customerId: string, type: string, priority: string, done = false) => {
    const t = await world.post(
      "/api/v1/tickets",
      { subject: "S", description: "D", type, priority, customerId },
      world.agent.token,
    );
    if (done) {
      const r = await h.call("POST", `/api/v1/tickets/${t.id}/transitions`, {
        token: world.agent.token,
        body: { action: "resolve", reason: "fixed" },
      });
      expect(r.status).toBe(200);
    }
  };
  const customer = async (world: typeof a, name: string, tier = "standard") =>
    (await world.post("/api/v1/customers", { name, kind: "person", tier })).id as string;
  // Uma: a complaint makes a regular customer "unhappy"; Vic is gold, so "vip_at_risk"; Walt's
  // first ticket is today: "new".
  ids.uma = await customer(a, "Uma");
  await open(a, ids.uma, "complaint", "A");
  await open(a, ids.uma, "repair", "B", true);
  ids.vic = await customer(a, "Vic", "gold");
  await open(a, ids.vic, "complaint", "A");
  ids.walt = await customer(a, "Walt");
  await open(a, ids.walt, "repair", "B", true);
  await open(a, ids.walt, "repair", "C");
  // Another tenant's unhappy customer: never in tenant a's figures.
  ids.xena = await customer(b, "Xena");
  await open(b, ids.xena, "complaint", "A");
});

describe("a report of one customer segment", () => {
  it("counts only the segment's customers' tickets, as hand-counted", async () => {
    const r = await run({ measures: ["volume", "resolution_rate"], rows: "type", segment: "unhappy" });
    expect(r.status).toBe(200);
    expect(r.body.rows.map((x: { key: string }) => x.key)).toEqual(["complaint", "repair"]);
    expect(r.body.values).toEqual([[[1, 0]], [[1, 1]]]);
    expect(r.body.totals).toEqual([[2, 0.5]]);
    // Two dimensions (priority × type), the same two tickets.
    const two = await run({
      measures: ["volume"],
      rows: "priority",
      columns: "type",
      segment: "unhappy",
    });
    expect(two.body.rows.map((x: { key: string }) => x.key)).toEqual(["A", "B"]);
    expect(two.body.totals).toEqual([[1], [1]]);
    const vip = await run({ measures: ["volume"], rows: "type", segment: "vip_at_risk" });
    expect(vip.body.totals).toEqual([[1]]);
  });

  it("agrees with the same figures computed over those tickets directly", async () => {
    const members = await h.call("GET", "/api/v1/analytics/segments?segment=new&limit=500", {
      token: a.supervisor.token,
    });
    expect(members.status).toBe(200);
    const memberIds = (members.body.items as { id: string }[]).map((m) => m.id);
    expect(memberIds).toContain(ids.walt);
    const direct = (await h.services.db.execute(sql`
      select type, count(*)::int as volume,
             count(*) filter (where status in ('resolved', 'closed'))::int as done
      from tickets
      where tenant_id = ${a.tenantId}
        and customer_id in (select jsonb_array_elements_text(${JSON.stringify(memberIds)}::jsonb))
      group by type order by type`)) as unknown as {
      rows: { type: string; volume: number; done: number }[];
    };
    const r = await run({ measures: ["volume", "resolution_rate"], rows: "type", segment: "new" });
    expect(r.body.rows.map((x: { key: string }) => x.key)).toEqual(direct.rows.map((d) => d.type));
    expect(r.body.values).toEqual(direct.rows.map((d) => [[d.volume, d.done / d.volume]]));
    const volume = direct.rows.reduce((n, d) => n + d.volume, 0);
    const done = direct.rows.reduce((n, d) => n + d.done, 0);
    expect(r.body.totals).toEqual([[volume, done / volume]]);
  });

  it("splits the tenant's tickets into the eight segments without losing or doubling one", async () => {
    const all = await run({ measures: ["volume"], rows: "priority" });
    const whole = all.body.totals[0][0] as number;
    expect(whole).toBe(5);
    let sum = 0;
    for (const segment of CUSTOMER_SEGMENTS) {
      const r = await run({ measures: ["volume"], rows: "priority", segment });
      expect(r.status).toBe(200);
      sum += (r.body.totals[0]?.[0] as number | undefined) ?? 0;
    }
    expect(sum).toBe(whole);
  });

  it("breaks a report down by segment with the same figures as each segment's own report", async () => {
    const by = await run({ measures: ["volume", "resolution_rate"], rows: "segment", columns: "type" });
    expect(by.status).toBe(200);
    const keys = (by.body.rows as { key: string }[]).map((r) => r.key);
    // In the segments' own order (as Customer insight lists them), not alphabetically.
    expect(keys).toEqual(["vip_at_risk", "unhappy", "new"]);
    expect((by.body.rows as { label: string }[]).map((r) => r.label)).toEqual([
      "高价值·有风险",
      "不满意",
      "新客户",
    ]);
    expect(by.body.columns.map((c: { key: string }) => c.key)).toEqual(["complaint", "repair"]);
    // unhappy: one complaint (open), one repair (resolved).
    expect(by.body.values[1]).toEqual([
      [1, 0],
      [1, 1],
    ]);
    for (const [i, segment] of keys.entries()) {
      const own = await run({ measures: ["volume", "resolution_rate"], rows: "type", segment });
      const row = by.body.values[i] as (number | null)[][];
      const volume = row.reduce((n, cell) => n + (cell[0] ?? 0), 0);
      expect(volume).toBe(own.body.totals[0][0]);
    }
    expect(by.body.totals).toEqual([
      [2, 0],
      [3, 2 / 3],
    ]);
    const english = await run(
      { measures: ["volume"], rows: "segment", filters: { type: ["complaint"] } },
      a.supervisor.token,
      "en",
    );
    expect(english.status).toBe(200);
    expect((english.body.rows as { label: string }[]).map((r) => r.label)).toEqual([
      "High value at risk",
      "Unhappy",
    ]);
  });

  it("keeps the segment in a saved report, shows other tenants nothing and refuses an unknown one", async () => {
    const saved = await h.call("POST", "/api/v1/analytics/reports", {
      token: a.supervisor.token,
      body: {
        name: "Unhappy customers by type",
        definition: { measures: ["volume"], rows: "type", segment: "unhappy", range },
      },
    });
    expect(saved.status).toBe(201);
    expect(saved.body.definition.segment).toBe("unhappy");
    const opened = await h.call("GET", `/api/v1/analytics/reports/${saved.body.id}/result`, {
      token: a.supervisor.token,
    });
    expect(opened.status).toBe(200);
    expect(opened.body.totals).toEqual([[2]]);
    const other = await run({ measures: ["volume"], rows: "type", segment: "unhappy" }, b.supervisor.token);
    expect(other.body.totals).toEqual([[1]]);
    const bad = await run({ measures: ["volume"], rows: "type", segment: "nobody" });
    expect(bad.status).toBe(400);
  });
});
