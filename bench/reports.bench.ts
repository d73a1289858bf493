import { findKpi } from "../src/server/modules/analytics/kpis/catalogue.js";
import { measuresRead } from "../src/server/modules/analytics/kpis/measures-read.js";
import { reportCells } from "../src/server/modules/analytics/reports/report-query.js";
import type { Services } from "../src/server/platform/context.js";
import type { Database } from "../src/server/platform/db/client.js";
import { fmt, measure, type Stats } from "./lib.js";

// Typical report-builder reports on a generated tenant (called by analytics.bench.ts, which made it):
// each through the API (POST /analytics/reports/run) and as its query alone on the database (rollups or facts, as the app picks),
// so the ratio shows what the app adds to the database's own time; and the Excel export, time to
// the first byte and to the last. `withoutIndex` first measures the reports with the facts' day
// index dropped (before), then with it (after).
type App = { request: (url: string, init?: RequestInit) => Response | Promise<Response> };
type Case = { name: string; definition: Record<string, unknown> };

const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

export async function benchReports(opts: {
  app: App;
  database: Database;
  services: Services;
  tenantId: string;
  token: string;
  iterations: number;
  withoutIndex: boolean;
}): Promise<string[]> {
  const { app, database, services, tenantId, token } = opts;
  const d90 = { from: day(89), to: day(0) };
  const d365 = { from: day(364), to: day(0) };
  const cases: Case[] = [
    {
      name: "report: volume + resolution rate by model, 90 days",
      definition: { measures: ["volume", "resolution_rate"], rows: "model", range: d90 },
    },
    {
      name: "report: FCR + SLA on-time by region, 90 days",
      definition: { measures: ["fcr_rate", "sla_on_time_rate"], rows: "region", range: d90 },
    },
    {
      name: "report: pivot model × region, 3 KPIs, 90 days",
      definition: {
        measures: ["volume", "resolution_rate", "resolution_minutes_avg"],
        rows: "model",
        columns: "region",
        range: d90,
      },
    },
    {
      name: "report: pivot month × product line, 12 months",
      definition: { measures: ["volume", "fcr_rate"], rows: "month", columns: "line", range: d365 },
    },
    {
      name: "report: aircon line only, region × priority, 90 days",
      definition: {
        measures: ["volume", "resolution_rate"],
        rows: "region",
        columns: "priority",
        filters: { line: ["aircon"] },
        range: d90,
      },
    },
  ];
  const auth = { authorization: `Bearer ${token}` };
  const run = async (definition: Record<string, unknown>) => {
    const r = await app.request("/api/v1/analytics/reports/run", {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify(definition),
    });
    if (r.status !== 200) throw new Error(`report → ${r.status} ${await r.text()}`);
    await r.json();
  };
  const sqlAlone = (definition: Record<string, unknown>) =>
    reportCells(
      services.db,
      tenantId,
      {
        rows: definition.rows,
        columns: definition.columns ?? null,
        filters: definition.filters ?? {},
      } as never,
      definition.range as { from: string; to: string },
      measuresRead((definition.measures as string[]).flatMap((id) => findKpi(id) ?? [])),
    );
  const stats = async (task: () => Promise<unknown>): Promise<Stats> => {
    for (let i = 0; i < 3; i++) await task();
    return measure(opts.iterations, 1, async () => void (await task()));
  };

  const lines: string[] = [];
  const index = "analytics_ticket_facts_tenant_day_idx";
  const [indexDef] = await database.query<{ indexdef: string }>(
    "select indexdef from pg_indexes where indexname = $1",
    [index],
  );
  const measureAll = async (label: string) => {
    for (const c of cases) {
      const api = await stats(() => run(c.definition));
      const db = await stats(() => sqlAlone(c.definition));
      lines.push(
        `  ${label}${c.name}: p50 ${fmt(api.p50)} ms, p95 ${fmt(api.p95)} ms ` +
          `(its query alone p50 ${fmt(db.p50)} ms; API ÷ database ${fmt(api.p50 / db.p50, 2)})`,
      );
    }
  };
  if (opts.withoutIndex && indexDef) {
    await database.query(`drop index ${index}`);
    await measureAll("[no day index] ");
    await database.query(indexDef.indexdef);
    await database.query("analyze analytics_ticket_facts");
  }
  await measureAll("");

  // Excel export of the model × region pivot as a saved report: first byte and last byte.
  const saved = await app.request("/api/v1/analytics/reports", {
    method: "POST",
    headers: { ...auth, "content-type": "application/json" },
    body: JSON.stringify({ name: "Bench export", definition: cases[2]?.definition }),
  });
  const { id } = (await saved.json()) as { id: string };
  const first: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < 3 + opts.iterations; i++) {
    const t0 = performance.now();
    const r = await app.request(`/api/v1/analytics/reports/${id}/export.xlsx`, { headers: auth });
    const reader = r.body?.getReader();
    if (r.status !== 200 || !reader) throw new Error(`export → ${r.status}`);
    let firstAt = 0;
    for (;;) {
      const { done } = await reader.read();
      firstAt ||= performance.now();
      if (done) break;
    }
    if (i >= 3) {
      first.push(firstAt - t0);
      total.push(performance.now() - t0);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  lines.push(
    `  Excel export of the model × region pivot: first byte p50 ${fmt(median(first))} ms, last byte p50 ${fmt(median(total))} ms`,
  );
  return lines;
}
