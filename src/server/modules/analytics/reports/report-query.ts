import { type SQL, sql } from "drizzle-orm";
import type { ReportDefinition, ReportDimension } from "../../../../shared/api/analytics-reports.js";
import type { Db } from "../../../platform/db/client.js";
import type { Range } from "../kpi-query.js";
import { ROLLUP_DIMENSIONS } from "../kpis/dimensions.js";
import { MEASURES, type Measures } from "../kpis/measures.js";
import { lineName, regionName } from "./key-names.js";
import type { PivotCell } from "./pivot.js";

const TIME_KEYS: Partial<Record<ReportDimension, string>> = {
  day: `to_char(day, 'YYYY-MM-DD')`,
  // ISO weeks, named by their Monday (as the dashboard names them).
  week: `to_char(date_trunc('week', day), 'YYYY-MM-DD')`,
  month: `to_char(day, 'YYYY-MM')`,
};

// A fact's key of a dimension: `keys` holds them in ROLLUP_DIMENSIONS order (PostgreSQL arrays count from 1).
const keyIndex = (d: string) => ROLLUP_DIMENSIONS.indexOf(d as (typeof ROLLUP_DIMENSIONS)[number]) + 1;
const keyExpr = (d: ReportDimension | null): string =>
  d === null ? "''" : (TIME_KEYS[d] ?? `keys[${keyIndex(d)}]`);

const sums = MEASURES.map((_, i) => `sum(measures[${i + 1}])::bigint as m${i}`).join(", ");

// Sums the per-ticket facts of tickets created in the range, grouped by the report's rows and
// columns, after its filters. Reads analytics' own fact table (one row per ticket, kept by the
// rollup job), so any two dimensions and any filter combine — the day rollups hold one dimension.
export async function reportCells(
  db: Db,
  tenantId: string,
  def: Pick<ReportDefinition, "rows" | "columns" | "filters">,
  range: Range,
): Promise<PivotCell[]> {
  const filters: SQL[] = Object.entries(def.filters).map(
    ([d, values]) => sql` and keys[${sql.raw(String(keyIndex(d)))}] in ${values}`,
  );
  const res = (await db.execute(sql`
    select ${sql.raw(keyExpr(def.rows))} as r, ${sql.raw(keyExpr(def.columns))} as c, ${sql.raw(sums)}
    from analytics_ticket_facts
    where tenant_id = ${tenantId} and day between ${range.from} and ${range.to}${sql.join(filters)}
    group by 1, 2`)) as unknown as { rows: Record<string, unknown>[] };
  return res.rows.map((row) => ({
    row: String(row.r ?? ""),
    col: String(row.c ?? ""),
    measures: Object.fromEntries(MEASURES.map((m, i) => [m, Number(row[`m${i}`] ?? 0)])) as Measures,
  }));
}

// Names for the keys that are ids (agents, teams, products), model numbers (with the product's name),
// product lines and regions; other keys name themselves. Plain reads of other modules' tables, as
// the facts are read.
export async function keyLabels(
  db: Db,
  tenantId: string,
  dim: ReportDimension | null,
  keys: readonly string[],
  english: boolean,
): Promise<Map<string, string>> {
  const ids = keys.filter((k) => k !== "");
  if (ids.length === 0) return new Map();
  if (dim === "region") return new Map(ids.map((k) => [k, regionName(k, english)]));
  if (dim === "line") return new Map(ids.map((k) => [k, lineName(k, english)]));
  const productName = english ? "coalesce(name_en, name)" : "name";
  const query =
    dim === "agent" || dim === "team"
      ? sql`select id as key, name from ${sql.raw(dim === "agent" ? "users" : "teams")}
            where tenant_id = ${tenantId} and id in ${ids}`
      : dim === "product"
        ? sql`select id as key, ${sql.raw(productName)} as name from products where tenant_id = ${tenantId} and id in ${ids}`
        : dim === "model"
          ? sql`select sku as key, sku || ' · ' || ${sql.raw(productName)} as name from products
                where tenant_id = ${tenantId} and sku in ${ids}`
          : null;
  if (!query) return new Map();
  const res = (await db.execute(query)) as unknown as { rows: { key: string; name: string }[] };
  return new Map(res.rows.map((r) => [r.key, r.name]));
}
