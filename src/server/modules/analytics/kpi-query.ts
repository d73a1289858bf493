import { sql } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import { AppError } from "../../platform/errors.js";
import { measureColumn } from "./analytics.tables.js";
import type { GroupBy, RollupDimension } from "./kpis/dimensions.js";
import { MEASURES, type Measures } from "./kpis/measures.js";

export type Range = { from: string; to: string };
export type Grouped = { total: Measures; groups: { key: string; measures: Measures }[] };

const MAX_DAYS = 731;

export function checkRange(r: Range): void {
  const days = (Date.parse(r.to) - Date.parse(r.from)) / 86_400_000;
  if (!(days >= 0 && days <= MAX_DAYS)) throw new AppError("analytics.invalid_range");
}

const TIME_KEYS: Partial<Record<GroupBy, string>> = {
  day: `to_char(day, 'YYYY-MM-DD')`,
  // ISO weeks, named by their Monday.
  week: `to_char(date_trunc('week', day), 'YYYY-MM-DD')`,
  month: `to_char(day, 'YYYY-MM')`,
};

const sums = MEASURES.map((m) => `sum(${measureColumn(m)})::bigint as "${m}"`).join(", ");

// Sums the rollups of creation days from..to (inclusive), for one dimension key (an agent's own
// numbers) or all, grouped as asked. Reads days × keys rollup rows, never tickets.
export async function sumRollups(
  db: Db,
  tenantId: string,
  range: Range,
  groupBy: GroupBy | null,
  only?: { dim: RollupDimension; key: string },
): Promise<Grouped> {
  const timeKey = groupBy ? TIME_KEYS[groupBy] : undefined;
  const dim: RollupDimension = only?.dim ?? (groupBy && !timeKey ? (groupBy as RollupDimension) : "all");
  const keyExpr = timeKey ?? (groupBy && !only ? "key" : "''");
  const keyFilter = only ? sql`and key = ${only.key}` : sql``;
  const res = (await db.execute(sql`
    select ${sql.raw(keyExpr)} as key, ${sql.raw(sums)}
    from analytics_rollups
    where tenant_id = ${tenantId} and dim = ${dim} and day between ${range.from} and ${range.to} ${keyFilter}
    group by 1 order by 1`)) as unknown as { rows: Record<string, unknown>[] };
  const toMeasures = (r: Record<string, unknown>) =>
    Object.fromEntries(MEASURES.map((m) => [m, Number(r[m] ?? 0)])) as Measures;
  const groups = res.rows.map((r) => ({ key: String(r.key), measures: toMeasures(r) }));
  const total = Object.fromEntries(
    MEASURES.map((m) => [m, groups.reduce((a, g) => a + g.measures[m], 0)]),
  ) as Measures;
  return { total, groups };
}
