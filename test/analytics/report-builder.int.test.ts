import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

const { h, w, worlds } = worldPerFile("a", "b");
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
const range = { from: today, to: today };

const open = (body: Record<string, unknown> = {}) =>
  w.post(
    "/api/v1/tickets",
    { subject: "S", description: "D", type: "repair", customerId: w.bob.id, ...body },
    w.agent.token,
  );
const resolve = (ref: string) =>
  h.call("POST", `/api/v1/tickets/${ref}/transitions`, {
    token: w.agent.token,
    body: { action: "resolve", reason: "r" },
  });

const definition = {
  measures: ["volume", "resolution_rate"],
  rows: "priority",
  columns: "type",
  range,
  chart: "table",
};
const save = (body: Record<string, unknown> = {}, token = w.supervisor.token) =>
  h.call("POST", "/api/v1/analytics/reports", {
    token,
    body: { name: "By priority and type", definition, ...body },
  });

// Hand-computed: A repair ×2 (one resolved), A complaint ×1, C repair ×1 (resolved).
beforeAll(async () => {
  const a = await open({ priority: "A" });
  const assign = await h.call("PATCH", `/api/v1/tickets/${a.id}`, {
    token: w.supervisor.token,
    body: { assigneeId: w.agent.id },
  });
  expect(assign.status).toBe(200);
  await open({ priority: "A" });
  await open({ priority: "A", type: "complaint" });
  const d = await open({ priority: "C" });
  expect((await resolve(a.id)).status).toBe(200);
  expect((await resolve(d.id)).status).toBe(200);
});

describe("the report builder", () => {
  it("pivots the chosen KPIs by two dimensions, with column totals", async () => {
    const run = await h.call("POST", "/api/v1/analytics/reports/run", {
      token: w.supervisor.token,
      body: definition,
    });
    expect(run.status).toBe(200);
    expect(run.body.rows.map((r: { key: string }) => r.key)).toEqual(["A", "C"]);
    expect(run.body.columns.map((c: { key: string }) => c.key)).toEqual(["complaint", "repair"]);
    expect(run.body.values).toEqual([
      [
        [1, 0],
        [2, 0.5],
      ],
      [
        [0, null],
        [1, 1],
      ],
    ]);
    expect(run.body.totals).toEqual([
      [1, 0],
      [3, 2 / 3],
    ]);
  });

  it("filters, and names agents by their names", async () => {
    const run = await h.call("POST", "/api/v1/analytics/reports/run", {
      token: w.supervisor.token,
      body: { measures: ["volume"], rows: "agent", filters: { type: ["repair"] }, range },
    });
    expect(run.status).toBe(200);
    const agentRow = run.body.rows.findIndex((r: { key: string }) => r.key === w.agent.id);
    expect(run.body.rows[agentRow].label).toBe(w.agent.name);
    expect(run.body.totals).toEqual([[3]]);
  });

  it("refuses bad definitions with a translated 4xx", async () => {
    const unknown = await h.call("POST", "/api/v1/analytics/reports/run", {
      token: w.supervisor.token,
      lang: "zh-CN",
      body: { ...definition, measures: ["happiness"] },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.message).toContain("未知的度量");
    const same = await save({ definition: { ...definition, columns: "priority" } });
    expect(same.status).toBe(400);
    const long = await h.call("POST", "/api/v1/analytics/reports/run", {
      token: w.supervisor.token,
      body: { ...definition, range: { from: "2020-01-01", to: "2026-01-01" } },
    });
    expect(long.status).toBe(400);
    expect((await save({ name: "" })).status).toBe(400);
    expect((await save({ sharedWith: ["customer"] })).status).toBe(400);
  });
});

describe("saved reports and sharing", () => {
  it("shows a report to its owner and to the roles it is shared with, no one else", async () => {
    const mine = await save();
    expect(mine.status).toBe(201);
    expect(mine.body).toMatchObject({ mine: true, ownerName: w.supervisor.name, sharedWith: [] });
    const id = mine.body.id;
    const agentOpens = () =>
      h.call("GET", `/api/v1/analytics/reports/${id}/result`, { token: w.agent.token });
    expect((await agentOpens()).status).toBe(404);
    expect((await h.call("GET", "/api/v1/analytics/reports", { token: w.agent.token })).body.items).toEqual(
      [],
    );
    const shared = await h.call("PUT", `/api/v1/analytics/reports/${id}`, {
      token: w.supervisor.token,
      body: { name: "Shared", definition, sharedWith: ["agent"] },
    });
    expect(shared.status).toBe(200);
    const seen = await agentOpens();
    expect(seen.status).toBe(200);
    expect(seen.body.totals).toEqual([
      [1, 0],
      [3, 2 / 3],
    ]);
    const list = await h.call("GET", "/api/v1/analytics/reports", { token: w.agent.token });
    expect(list.body.items).toMatchObject([{ id, name: "Shared", mine: false }]);
    // Still hidden from roles it is not shared with, and from another tenant altogether.
    expect((await h.call("GET", `/api/v1/analytics/reports/${id}`, { token: w.qa.token })).status).toBe(404);
    const other = worlds[1];
    expect(
      (await h.call("GET", `/api/v1/analytics/reports/${id}`, { token: other.admin.token })).status,
    ).toBe(404);
    expect(
      (await h.call("GET", `/api/v1/analytics/reports/${id}/export.xlsx`, { token: other.admin.token }))
        .status,
    ).toBe(404);
  });

  it("lets only the owner change or delete a report", async () => {
    const made = await save({ sharedWith: ["admin"] });
    const id = made.body.id;
    const byAdmin = await h.call("PUT", `/api/v1/analytics/reports/${id}`, {
      token: w.admin.token,
      lang: "en",
      body: { name: "Mine now", definition },
    });
    expect(byAdmin.status).toBe(403);
    expect(byAdmin.body.error.message).toContain("Only the person who made this report");
    expect((await h.call("DELETE", `/api/v1/analytics/reports/${id}`, { token: w.admin.token })).status).toBe(
      403,
    );
    expect(
      (await h.call("DELETE", `/api/v1/analytics/reports/${id}`, { token: w.supervisor.token })).status,
    ).toBe(204);
    expect(
      (await h.call("GET", `/api/v1/analytics/reports/${id}`, { token: w.supervisor.token })).status,
    ).toBe(404);
  });
});

describe("export", () => {
  it("streams Excel and CSV with the figures the API answers", async () => {
    const id = (await save({ name: "Export me" })).body.id;
    const api = (await h.call("GET", `/api/v1/analytics/reports/${id}/result`, { token: w.supervisor.token }))
      .body;
    const res = await h.app.request(`/api/v1/analytics/reports/${id}/export.xlsx`, {
      headers: { authorization: `Bearer ${w.supervisor.token}`, "accept-language": "en" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("Export%20me");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const sheet = wb.worksheets[0];
    if (!sheet) throw new Error("no sheet");
    const rows: unknown[][] = [];
    sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual([
      "Priority",
      "complaint · Ticket volume",
      "complaint · Resolution rate",
      "repair · Ticket volume",
      "repair · Resolution rate",
    ]);
    const flat = (m: (number | null)[][]) => m.flat().map((v) => v ?? undefined);
    expect(rows[1]).toEqual(["A", ...flat(api.values[0])]);
    expect(rows[2]).toEqual(["C", ...flat(api.values[1])]);
    expect(rows[3]).toEqual(["Total", ...flat(api.totals)]);

    const csv = await h.call("GET", `/api/v1/analytics/reports/${id}/export.csv`, {
      token: w.supervisor.token,
      lang: "zh-CN",
    });
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const lines = String(csv.body)
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe("优先级,complaint · 工单量,complaint · 解决率,repair · 工单量,repair · 解决率");
    expect(lines[3]).toBe(`合计,1,0,3,${2 / 3}`);
  });
});
