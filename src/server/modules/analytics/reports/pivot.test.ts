import { describe, expect, it } from "vitest";
import { ZReportDefinition } from "../../../../shared/api/analytics-reports.js";
import { findKpi, type KpiDefinition } from "../kpis/catalogue.js";
import { type Measures, zeroMeasures } from "../kpis/measures.js";
import { inOrder, pivot } from "./pivot.js";
import { reportLines } from "./report-export.js";

const m = (over: Partial<Measures>): Measures => ({ ...zeroMeasures(), ...over });
const kpis = ["volume", "resolution_rate"].map((id) => findKpi(id) as KpiDefinition);

describe("report pivot", () => {
  // Hand-computed: A/email 4 tickets, 3 done; A/phone 1, 0 done; C/email 2, 2 done.
  const cells = [
    { row: "A", col: "email", measures: m({ created: 4, doneNow: 3 }) },
    { row: "C", col: "email", measures: m({ created: 2, doneNow: 2 }) },
    { row: "A", col: "phone", measures: m({ created: 1, doneNow: 0 }) },
  ];

  it("puts an axis's keys in a given order, unknown ones after it", () => {
    const p = pivot(cells, kpis, { rows: inOrder(["C", "A"]), columns: inOrder(["phone"]) });
    expect(p.rowKeys).toEqual(["C", "A"]);
    expect(p.colKeys).toEqual(["phone", "email"]);
    // C's email cell moves with its row and column.
    expect(p.values[0]?.[1]).toEqual([2, 1]);
    expect(inOrder(["b"])("z", "a")).toBeGreaterThan(0);
  });

  it("lays groups out as rows × columns with each KPI per cell", () => {
    const p = pivot(cells, kpis);
    expect(p.rowKeys).toEqual(["A", "C"]);
    expect(p.colKeys).toEqual(["email", "phone"]);
    expect(p.values).toEqual([
      [
        [4, 0.75],
        [1, 0],
      ],
      // C has no phone tickets: no volume, and no rate to speak of.
      [
        [2, 1],
        [0, null],
      ],
    ]);
  });

  it("totals a column as the KPI of the summed counts, not a sum of ratios", () => {
    const p = pivot(cells, kpis);
    expect(p.totals).toEqual([
      [6, 5 / 6],
      [1, 0],
    ]);
  });

  it("has one column when the report has none, and no rows without tickets", () => {
    expect(pivot([{ row: "2026-11", col: "", measures: m({ created: 3 }) }], kpis)).toEqual({
      rowKeys: ["2026-11"],
      colKeys: [""],
      values: [[[3, 0]]],
      totals: [[3, 0]],
    });
    expect(pivot([], kpis)).toEqual({ rowKeys: [], colKeys: [""], values: [], totals: [[0, null]] });
  });

  it("exports the same figures as lines, with a total line and named headers", () => {
    const def = ZReportDefinition.parse({
      measures: ["volume", "resolution_rate"],
      rows: "priority",
      columns: "channel",
      range: { lastDays: 7 },
    });
    const p = pivot(cells, kpis);
    const lines = [
      ...reportLines(
        def,
        {
          from: "2026-11-01",
          to: "2026-11-07",
          rows: p.rowKeys.map((key) => ({ key, label: key })),
          columns: p.colKeys.map((key) => ({ key, label: key })),
          measures: kpis.map((k) => ({ kpi: k.id, unit: k.unit })),
          values: p.values,
          totals: p.totals,
        },
        "en",
      ),
    ];
    expect(lines).toEqual([
      [
        "Priority",
        "email · Ticket volume",
        "email · Resolution rate",
        "phone · Ticket volume",
        "phone · Resolution rate",
      ],
      ["A", 4, 0.75, 1, 0],
      ["C", 2, 1, 0, null],
      ["Total", 6, 5 / 6, 1, 0],
    ]);
  });
});

describe("report definition", () => {
  const ok = { measures: ["volume"], rows: "month", range: { from: "2026-01-01", to: "2026-06-30" } };
  it("fills the defaults", () => {
    expect(ZReportDefinition.parse(ok)).toEqual({ ...ok, columns: null, filters: {}, chart: "bar" });
  });
  it.each([
    ["no measure", { ...ok, measures: [] }],
    ["a measure twice", { ...ok, measures: ["volume", "volume"] }],
    ["the same dimension twice", { ...ok, columns: "month" }],
    ["an unknown dimension", { ...ok, rows: "region_of_mars" }],
    ["an unknown filter", { ...ok, filters: { colour: ["red"] } }],
    ["an empty filter", { ...ok, filters: { priority: [] } }],
    ["a bad date", { ...ok, range: { from: "2026-02-30x", to: "2026-03-01" } }],
    ["a range of both kinds", { ...ok, range: { from: "2026-01-01", to: "2026-01-02", lastDays: 3 } }],
    ["too long a relative range", { ...ok, range: { lastDays: 5000 } }],
    ["an unknown chart", { ...ok, chart: "radar" }],
    ["an unknown field", { ...ok, colour: "red" }],
  ])("refuses %s", (_, def) => {
    expect(ZReportDefinition.safeParse(def).success).toBe(false);
  });
});
