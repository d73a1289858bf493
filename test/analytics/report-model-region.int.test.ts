import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { measureColumn } from "../../src/server/modules/analytics/analytics.tables.js";
import { readTicketFacts } from "../../src/server/modules/analytics/facts.js";
import { findKpi } from "../../src/server/modules/analytics/kpis/catalogue.js";
import {
  addMeasures,
  factMeasures,
  MEASURES,
  zeroMeasures,
} from "../../src/server/modules/analytics/kpis/measures.js";
import {
  factCells,
  rollupCells,
  rollupDimension,
} from "../../src/server/modules/analytics/reports/report-query.js";
import { refreshTenant, rollupsOf } from "../../src/server/modules/analytics/rollups.js";
import { MIGRATIONS_DIR } from "../../src/server/platform/db/migrate.js";
import { worldPerFile } from "../fixtures.js";

const { h, w } = worldPerFile("a");
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
const range = { from: today, to: today };
const run = (body: Record<string, unknown>, lang = "zh-CN") =>
  h.call("POST", "/api/v1/analytics/reports/run", {
    token: w.supervisor.token,
    lang,
    body: { range, ...body },
  });
const keys = (labels: { key: string }[]) => labels.map((l) => l.key);

let ac = "";
let wm = "";
// Hand-computed: a Shanghai customer with an aircon (2 tickets, one resolved) and a washer
// (1 ticket), a Shenzhen customer with the same aircon model (1 ticket, resolved), and Bob —
// no address, no unit — with 1 ticket.
beforeAll(async () => {
  const slug = w.washer.sku.slice(3);
  ac = `AC-${slug}`;
  wm = `WM2-${slug}`;
  await w.post("/api/v1/products", {
    sku: ac,
    name: "变频空调",
    nameEn: "Inverter air conditioner",
    category: "aircon",
    warrantyMonths: 72,
  });
  await w.post("/api/v1/products", { sku: wm, name: "滚筒洗衣机", category: "washer", warrantyMonths: 12 });
  const customer = (name: string, divisionCode: string) =>
    w.post("/api/v1/customers", { name, kind: "person", divisionCode, street: "1 号" });
  const shanghai = await customer("沪客", "310104");
  const shenzhen = await customer("深客", "440305");
  const unit = (serial: string, productSku: string, customerId: string) =>
    w.post("/api/v1/units", { serial, productSku, customerId, purchasedAt: today });
  await unit(`U1-${slug}`, ac, shanghai.id);
  await unit(`U2-${slug}`, wm, shanghai.id);
  await unit(`U3-${slug}`, ac, shenzhen.id);
  const open = (customerId: string, unitSerial?: string) =>
    w.post(
      "/api/v1/tickets",
      { subject: "S", description: "D", type: "repair", customerId, ...(unitSerial ? { unitSerial } : {}) },
      w.agent.token,
    );
  const resolve = async (ref: string) => {
    const r = await h.call("POST", `/api/v1/tickets/${ref}/transitions`, {
      token: w.agent.token,
      body: { action: "resolve", reason: "r" },
    });
    expect(r.status).toBe(200);
  };
  await open(shanghai.id, `U1-${slug}`);
  await resolve((await open(shanghai.id, `U1-${slug}`)).id);
  await open(shanghai.id, `U2-${slug}`);
  await resolve((await open(shenzhen.id, `U3-${slug}`)).id);
  await open(w.bob.id);
});

describe("the model, product line and region dimensions", () => {
  it("pivot by model and region, with names in both languages", async () => {
    const zh = await run({ measures: ["volume", "resolution_rate"], rows: "model", columns: "region" });
    expect(zh.status).toBe(200);
    expect(keys(zh.body.rows)).toEqual(["", ac, wm]);
    expect(keys(zh.body.columns)).toEqual(["", "31", "44"]);
    expect(zh.body.values).toEqual([
      [
        [1, 0],
        [0, null],
        [0, null],
      ],
      [
        [0, null],
        [2, 0.5],
        [1, 1],
      ],
      [
        [0, null],
        [1, 0],
        [0, null],
      ],
    ]);
    expect(zh.body.totals).toEqual([
      [1, 0],
      [3, 1 / 3],
      [1, 1],
    ]);
    expect(zh.body.columns.map((c: { label: string }) => c.label).slice(1)).toEqual(["上海市", "广东省"]);
    expect(zh.body.rows[1].label).toBe(`${ac} · 变频空调`);

    const en = await run({ measures: ["volume"], rows: "region", columns: "model" }, "en");
    expect(en.body.rows.map((r: { label: string }) => r.label).slice(1)).toEqual(["Shanghai", "Guangdong"]);
    expect(en.body.columns[1].label).toBe(`${ac} · Inverter air conditioner`);
    // The washer has no English name: its Chinese one stands in.
    expect(en.body.columns[2].label).toBe(`${wm} · 滚筒洗衣机`);
  });

  it("groups and filters by product line", async () => {
    const lines = await run({ measures: ["volume"], rows: "line" }, "en");
    expect(keys(lines.body.rows)).toEqual(["", "aircon", "washer"]);
    expect(lines.body.rows.map((r: { label: string }) => r.label).slice(1)).toEqual([
      "Air conditioners",
      "Washers",
    ]);
    expect(lines.body.values).toEqual([[[1]], [[3]], [[1]]]);

    const aircon = await run({ measures: ["volume"], rows: "region", filters: { line: ["aircon"] } });
    expect(keys(aircon.body.rows)).toEqual(["31", "44"]);
    expect(aircon.body.values).toEqual([[[2]], [[1]]]);
    expect(aircon.body.totals).toEqual([[3]]);
  });

  it("answers a KPI by region and model from the day rollups", async () => {
    const q = `from=${today}&to=${today}`;
    const byRegion = await h.call("GET", `/api/v1/kpis/volume?${q}&groupBy=region`, {
      token: w.supervisor.token,
    });
    expect(byRegion.status).toBe(200);
    expect(byRegion.body.series).toEqual([
      { key: "", value: 1 },
      { key: "31", value: 3 },
      { key: "44", value: 1 },
    ]);
    const byModel = await h.call("GET", `/api/v1/kpis/resolution_rate?${q}&groupBy=model`, {
      token: w.supervisor.token,
    });
    expect(byModel.body.series).toEqual([
      { key: "", value: 0 },
      { key: ac, value: 2 / 3 },
      { key: wm, value: 0 },
    ]);
  });

  it("answers one-dimension reports from the day rollups with the same sums as the facts", async () => {
    await refreshTenant(h.services.db, w.tenantId, new Date());
    const sorted = (cells: { row: string; col: string }[]) =>
      [...cells].sort((a, b) => `${a.row}|${a.col}`.localeCompare(`${b.row}|${b.col}`));
    const definitions: Parameters<typeof factCells>[2][] = [
      { rows: "model", columns: null, filters: {} },
      { rows: "region", columns: "day", filters: { region: ["31", ""] } },
      { rows: "month", columns: "line", filters: {} },
      { rows: "week", columns: null, filters: {} },
    ];
    for (const def of definitions) {
      const dim = rollupDimension(def);
      expect(dim).not.toBeNull();
      const fromRollups = await rollupCells(h.services.db, w.tenantId, def, dim ?? "all", range);
      expect(fromRollups.length).toBeGreaterThan(0);
      expect(sorted(fromRollups)).toEqual(sorted(await factCells(h.services.db, w.tenantId, def, range)));
    }
    // Two key dimensions (here one of them a filter) need the facts.
    expect(rollupDimension({ rows: "region", columns: null, filters: { line: ["aircon"] } })).toBeNull();
  });

  it("offers the models, lines and regions the tickets have as filter choices, named in the reader's language", async () => {
    const zh = await h.call("GET", "/api/v1/analytics/reports/choices", {
      token: w.agent.token,
      lang: "zh-CN",
    });
    expect(zh.status).toBe(200);
    expect(zh.body.region).toEqual([
      { key: "31", label: "上海市" },
      { key: "44", label: "广东省" },
      { key: "", label: "（无）" },
    ]);
    expect(zh.body.line).toEqual([
      { key: "aircon", label: "空调" },
      { key: "washer", label: "洗衣机" },
      { key: "", label: "（无）" },
    ]);
    expect(zh.body.model.map((c: { key: string }) => c.key)).toEqual([ac, wm, ""]);
    expect(zh.body.model[0].label).toBe(`${ac} · 变频空调`);

    const en = await h.call("GET", "/api/v1/analytics/reports/choices", {
      token: w.supervisor.token,
      lang: "en",
    });
    expect(en.body.region.map((c: { label: string }) => c.label)).toEqual([
      "Shanghai",
      "Guangdong",
      "(none)",
    ]);
    expect(en.body.line.map((c: { label: string }) => c.label)).toEqual([
      "Air conditioners",
      "Washers",
      "(none)",
    ]);
    expect(en.body.model[0].label).toBe(`${ac} · Inverter air conditioner`);
  });

  it("filters by line, region and model with totals equal to a recount from the tickets", async () => {
    // Hand-computed: the Shanghai aircon tickets (2, one resolved); the aircon model outside Shanghai
    // and Guangdong (none); the washer line in Guangdong (none).
    const both = await run({
      measures: ["volume", "resolution_rate"],
      rows: "priority",
      filters: { line: ["aircon"], region: ["31"] },
    });
    expect(both.status).toBe(200);
    expect(both.body.totals).toEqual([[2, 0.5]]);

    const facts = await readTicketFacts(h.services.db, w.tenantId, "Asia/Shanghai", null);
    const measures = ["volume", "resolution_rate", "backlog", "fcr_rate"];
    const recount = (filters: Record<string, string[]>) => {
      const sum = zeroMeasures();
      for (const f of facts)
        if (Object.entries(filters).every(([d, v]) => v.includes(f[d as "line" | "region" | "model"])))
          addMeasures(sum, factMeasures(f));
      return measures.map((id) => findKpi(id)?.compute(sum) ?? null);
    };
    const cases: { rows: string; columns?: string; filters: Record<string, string[]> }[] = [
      // One key dimension: answered from the day rollups.
      { rows: "month", filters: { line: ["aircon"] } },
      { rows: "region", filters: { region: ["44", ""] } },
      { rows: "week", columns: "model", filters: { model: [ac] } },
      // Two or more: answered from the per-ticket facts.
      { rows: "priority", columns: "day", filters: { line: ["aircon"], region: ["31"] } },
      { rows: "region", filters: { model: [ac, wm], region: ["31", "44"], line: ["washer"] } },
      { rows: "line", filters: { region: ["11"] } },
    ];
    for (const c of cases) {
      const r = await run({ measures, rows: c.rows, columns: c.columns ?? null, filters: c.filters });
      expect(r.status).toBe(200);
      // Without columns there is one total column; with columns, a column's total counts its key only.
      const expected = c.columns
        ? r.body.columns.map((col: { key: string }) =>
            recount({ ...c.filters, [c.columns as string]: [col.key] }),
          )
        : [recount(c.filters)];
      expect(r.body.totals, JSON.stringify(c)).toEqual(expected);
    }
  });

  it("keeps a saved report's filters and exports only what they let through", async () => {
    const definition = {
      measures: ["volume"],
      rows: "region",
      filters: { line: ["aircon"], region: ["31", "44"] },
      range,
    };
    const saved = await h.call("POST", "/api/v1/analytics/reports", {
      token: w.supervisor.token,
      body: { name: "Aircon, Shanghai and Guangdong", definition },
    });
    expect(saved.status).toBe(201);
    const opened = await h.call("GET", `/api/v1/analytics/reports/${saved.body.id}`, {
      token: w.supervisor.token,
    });
    expect(opened.body.definition.filters).toEqual(definition.filters);
    const csv = await h.call("GET", `/api/v1/analytics/reports/${saved.body.id}/export.csv`, {
      token: w.supervisor.token,
      lang: "en",
    });
    const lines = String(csv.body)
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines).toEqual(["Region (province),Ticket volume", "Shanghai,2", "Guangdong,1", "Total,3"]);
  });

  it("exports the region's name and the dimension's name in the reader's language", async () => {
    const saved = await h.call("POST", "/api/v1/analytics/reports", {
      token: w.supervisor.token,
      body: { name: "By region", definition: { measures: ["volume"], rows: "region", range } },
    });
    const csv = await h.call("GET", `/api/v1/analytics/reports/${saved.body.id}/export.csv`, {
      token: w.supervisor.token,
      lang: "zh-CN",
    });
    const lines = String(csv.body)
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines).toEqual(["区域（省）,工单量", "（无）,1", "上海市,3", "广东省,1", "合计,5"]);
  });

  it("backfills facts and rollups written before the three dimensions existed (migration 0053)", async () => {
    const db = h.services.database;
    const tenantId = w.tenantId;
    await refreshTenant(h.services.db, tenantId, new Date());
    // The state an older version left: eight keys and 24 measures per fact (the visit, rework,
    // repeat-repair and cost measures came with 0057), no rollups of the new dimensions.
    await db.query(
      "update analytics_ticket_facts set keys = keys[1:8], measures = measures[1:24] where tenant_id = $1",
      [tenantId],
    );
    await db.query(
      "delete from analytics_rollups where tenant_id = $1 and dim in ('model', 'line', 'region')",
      [tenantId],
    );
    const file = readFileSync(path.join(MIGRATIONS_DIR, "0053_analytics_model_line_region.sql"), "utf8");
    for (const statement of file.split("--> statement-breakpoint")) await db.query(statement);

    const newDimCells = async () =>
      (
        await db.query<Record<string, string>>(
          `select dim, key, to_char(day, 'YYYY-MM-DD') as day, ${MEASURES.map((m) => `${measureColumn(m)}::text as "${m}"`).join(", ")}
           from analytics_rollups where tenant_id = $1 and dim in ('model', 'line', 'region')`,
          [tenantId],
        )
      )
        .map((r) => `${r.dim}|${r.key}|${r.day}|${MEASURES.map((m) => Number(r[m])).join(",")}`)
        .sort();
    const facts = await readTicketFacts(h.services.db, tenantId, "Asia/Shanghai", null);
    const expected = [...rollupsOf(facts).values()]
      .filter((c) => ["model", "line", "region"].includes(c.dim))
      .map((c) => `${c.dim}|${c.key}|${c.day}|${MEASURES.map((m) => c.measures[m]).join(",")}`)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    // 0053 fills the new dimensions with what that version's 24 measures said...
    const first24 = (cells: string[]) => cells.map((c) => c.split(",").slice(0, 24).join(","));
    expect(first24(await newDimCells())).toEqual(first24(expected));
    // ...and 0057 marks every ticket changed: the refresh adds the measures that came after.
    const later = readFileSync(path.join(MIGRATIONS_DIR, "0057_analytics_field_cost_kpis.sql"), "utf8")
      .split("--> statement-breakpoint")
      .filter((statement) => statement.includes("analytics_dirty_tickets"));
    expect(later).toHaveLength(1);
    for (const statement of later) await db.query(statement);
    await refreshTenant(h.services.db, tenantId, new Date());
    expect(await newDimCells()).toEqual(expected);
    // A later refresh of every ticket takes out exactly what the backfills put in.
    await db.query(
      "insert into analytics_dirty_tickets (tenant_id, ticket_id) select $1, unnest($2::text[])",
      [tenantId, facts.map((f) => f.ticketId)],
    );
    await refreshTenant(h.services.db, tenantId, new Date());
    expect(await newDimCells()).toEqual(expected);
  });
});
