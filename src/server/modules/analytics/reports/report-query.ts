import { type SQL, sql } from "drizzle-orm";
import type { ReportDefinition, ReportDimension } from "../../../../shared/api/analytics-reports.js";
import type { Db } from "../../../platform/db/client.js";
import { measureColumn } from "../analytics.tables.js";
import type { Range } from "../kpi-query.js";
import { ROLLUP_DIMENSIONS, type RollupDimension } from "../kpis/dimensions.js";
import { MEASURES, type Measure, type Measures } from "../kpis/measures.js";
import { lineName, regionName } from "./key-names.js";
import type { PivotCell } from "./pivot.js";
import { segmentName } from "./report-words.js";

const TIME_KEYS: Partial<Record<ReportDimension, string>> = {
  day: `to_char(day, 'YYYY-MM-DD')`,
  // ISO weeks, named by their Monday (as the dashboard names them).
  week: `to_char(date_trunc('week', day), 'YYYY-MM-DD')`,
  month: `to_char(day, 'YYYY-MM')`,
};

// A fact's key of a dimension: `keys` holds them in ROLLUP_DIMENSIONS order (PostgreSQL arrays count from 1).
const keyIndex = (d: string) => ROLLUP_DIMENSIONS.indexOf(d as (typeof ROLLUP_DIMENSIONS)[number]) + 1;
// The customer segment is no fact key: the ticket's customer (tickets' table, joined as t) looked
// up in the segments of the day, one JSON parameter {customerId: segment}.
const keyExpr = (d: ReportDimension | null, segments: SegmentOf): SQL =>
  d === null
    ? sql`''`
    : d === "segment"
      ? sql`coalesce(${JSON.stringify(segments ?? {})}::jsonb ->> t.customer_id, '')`
      : sql.raw(TIME_KEYS[d] ?? `keys[${keyIndex(d)}]`);
const usesSegment = (def: CellsOf) => def.rows === "segment" || def.columns === "segment";

// Sums of the measures the report's KPIs read (measuresRead); the others stay 0 in the cells.
const sumsOf = (read: readonly Measure[], column: (m: Measure, i: number) => string) =>
  MEASURES.flatMap((m, i) => (read.includes(m) ? [`sum(${column(m, i)})::bigint as m${i}`] : [])).join(
    ", ",
  ) || "0 as m0";
const factSums = (read: readonly Measure[]) => sumsOf(read, (_, i) => `measures[${i + 1}]`);
const rollupSums = (read: readonly Measure[]) => sumsOf(read, (m) => measureColumn(m));

type CellsOf = Pick<ReportDefinition, "rows" | "columns" | "filters">;
const asCells = (rows: Record<string, unknown>[]): PivotCell[] =>
  rows.map((row) => ({
    row: String(row.r ?? ""),
    col: String(row.c ?? ""),
    measures: Object.fromEntries(MEASURES.map((m, i) => [m, Number(row[`m${i}`] ?? 0)])) as Measures,
  }));
const filtersOf = (def: CellsOf) =>
  Object.entries(def.filters).filter((e): e is [string, string[]] => Array.isArray(e[1]));

// The one key dimension a definition uses (in rows, columns and filters; "all" for none), or null
// when it uses two: then only the per-ticket facts can answer it.
export function rollupDimension(def: CellsOf): RollupDimension | null {
  const used = new Set(
    [def.rows, def.columns, ...filtersOf(def).map(([d]) => d)].filter(
      (d): d is string => d !== null && !(d in TIME_KEYS),
    ),
  );
  // The rollups know no customers.
  if (used.has("segment")) return null;
  return used.size > 1 ? null : (([...used][0] ?? "all") as RollupDimension satisfies RollupDimension);
}

// Only the tickets of these customers (a customer segment's members); null: every ticket.
export type CustomerScope = readonly string[] | null;
// Each customer's segment today, for a report broken down by segment; null: not needed.
export type SegmentOf = Readonly<Record<string, string>> | null;

// Sums the per-ticket facts of tickets created in the range, grouped by the report's rows and
// columns, after its filters. Reads analytics' own fact table (one row per ticket, kept by the
// rollup job), so any two dimensions and any filter combine — the day rollups hold one dimension.
export async function factCells(
  db: Db,
  tenantId: string,
  def: CellsOf,
  range: Range,
  read: readonly Measure[] = MEASURES,
  customers: CustomerScope = null,
  segments: SegmentOf = null,
): Promise<PivotCell[]> {
  const filters: SQL[] = filtersOf(def).map(
    ([d, values]) => sql` and keys[${sql.raw(String(keyIndex(d)))}] in ${values}`,
  );
  // The facts carry no customer: the tickets' own table says whose a ticket is. The ids go as one
  // JSON parameter (a segment can hold more customers than a statement takes parameters).
  if (customers)
    filters.push(sql` and ticket_id in (
      select id from tickets where tenant_id = ${tenantId}
        and customer_id in (select jsonb_array_elements_text(${JSON.stringify(customers)}::jsonb)))`);
  const join = usesSegment(def)
    ? sql` join tickets t on t.tenant_id = analytics_ticket_facts.tenant_id and t.id = analytics_ticket_facts.ticket_id`
    : sql``;
  const res = (await db.execute(sql`
    select ${keyExpr(def.rows, segments)} as r, ${keyExpr(def.columns, segments)} as c, ${sql.raw(factSums(read))}
    from analytics_ticket_facts${join}
    where analytics_ticket_facts.tenant_id = ${tenantId} and day between ${range.from} and ${range.to}${sql.join(filters)}
    group by 1, 2`)) as unknown as { rows: Record<string, unknown>[] };
  return asCells(res.rows);
}

// The same sums from the day rollups of the definition's one key dimension: days × keys rows instead
// of one row per ticket (a 90-day report by model over 1 M tickets reads a few thousand rows).
export async function rollupCells(
  db: Db,
  tenantId: string,
  def: CellsOf,
  dim: RollupDimension,
  range: Range,
  read: readonly Measure[] = MEASURES,
): Promise<PivotCell[]> {
  const expr = (d: ReportDimension | null) => (d === null ? "''" : (TIME_KEYS[d] ?? "key"));
  const filters: SQL[] = filtersOf(def).map(([, values]) => sql` and key in ${values}`);
  const res = (await db.execute(sql`
    select ${sql.raw(expr(def.rows))} as r, ${sql.raw(expr(def.columns))} as c, ${sql.raw(rollupSums(read))}
    from analytics_rollups
    where tenant_id = ${tenantId} and dim = ${dim} and day between ${range.from} and ${range.to}${sql.join(filters)}
    group by 1, 2`)) as unknown as { rows: Record<string, unknown>[] };
  return asCells(res.rows);
}

// A report of at most one key dimension (plus time) is answered from the rollups, any other from
// the facts: the same sums either way (the rollups are the facts summed per day and key). The
// rollups know no customers, so a report of a customer segment always reads the facts.
export async function reportCells(
  db: Db,
  tenantId: string,
  def: CellsOf,
  range: Range,
  read: readonly Measure[] = MEASURES,
  customers: CustomerScope = null,
  segments: SegmentOf = null,
): Promise<PivotCell[]> {
  const dim = customers ? null : rollupDimension(def);
  return dim
    ? rollupCells(db, tenantId, def, dim, range, read)
    : factCells(db, tenantId, def, range, read, customers, segments);
}

// The keys of the given dimensions that some ticket of the tenant has, from the day rollups (a few
// thousand rows at 1 M tickets): a key whose tickets all moved elsewhere sums to no ticket and is left out.
export async function usedKeys<D extends RollupDimension>(
  db: Db,
  tenantId: string,
  dims: readonly D[],
): Promise<Map<D, string[]>> {
  const res = (await db.execute(sql`
    select dim, key from analytics_rollups
    where tenant_id = ${tenantId} and dim in ${dims}
    group by dim, key having sum(${sql.raw(measureColumn("created"))}) > 0
    order by dim, key`)) as unknown as { rows: { dim: D; key: string }[] };
  const out = new Map<D, string[]>(dims.map((d) => [d, []]));
  for (const r of res.rows) out.get(r.dim)?.push(r.key);
  return out;
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
  if (dim === "segment") return new Map(ids.map((k) => [k, segmentName(k, english ? "en" : "zh-CN")]));
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
