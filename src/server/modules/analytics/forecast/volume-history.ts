import { sql } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.js";
import { addDays } from "./day-kinds.js";

// The daily ticket counts the forecasts learn from, per channel and per product line: the tickets'
// own creation rollups plus the imported history rows (analytics_volume_history).

export type DailyCounts = Map<string, Map<string, number>>; // key → day → count

const add = (m: DailyCounts, key: string, day: string, n: number) => {
  const days = m.get(key) ?? new Map<string, number>();
  m.set(key, days);
  days.set(day, (days.get(day) ?? 0) + n);
};

type Row = Record<string, unknown>;
const rowsOf = (r: unknown) => (r as { rows: Row[] }).rows;

export async function loadDailyCounts(
  db: Db,
  tenantId: string,
  from: string,
  to: string,
): Promise<{ channels: DailyCounts; productLines: DailyCounts; demo: boolean }> {
  const channels: DailyCounts = new Map();
  const productLines: DailyCounts = new Map();
  const byChannel = rowsOf(
    await db.execute(sql`
      select to_char(day, 'YYYY-MM-DD') as day, key, sum(m_created)::int as n from analytics_rollups
      where tenant_id = ${tenantId} and dim = 'channel' and day between ${from} and ${to}
      group by 1, 2`),
  );
  for (const r of byChannel) add(channels, String(r.key), String(r.day), Number(r.n));
  // A unit's product carries its line (category); tickets without a unit count as "other".
  const byLine = rowsOf(
    await db.execute(sql`
      select to_char(r.day, 'YYYY-MM-DD') as day, coalesce(p.category, '') as line, sum(r.m_created)::int as n
      from analytics_rollups r
      left join products p on p.tenant_id = r.tenant_id and p.id = r.key
      where r.tenant_id = ${tenantId} and r.dim = 'product' and r.day between ${from} and ${to}
      group by 1, 2`),
  );
  for (const r of byLine) add(productLines, String(r.line) || "other", String(r.day), Number(r.n));
  const history = rowsOf(
    await db.execute(sql`
      select channel, product_line, to_char(first_day, 'YYYY-MM-DD') as first_day, counts, demo
      from analytics_volume_history where tenant_id = ${tenantId}`),
  );
  let demo = false;
  for (const h of history) {
    demo ||= h.demo === true;
    const counts = h.counts as number[];
    counts.forEach((n, i) => {
      const day = addDays(String(h.first_day), i);
      if (day < from || day > to) return;
      add(channels, String(h.channel), day, n);
      add(productLines, String(h.product_line), day, n);
    });
  }
  return { channels, productLines, demo };
}

/** The first day with any count, or null. */
export function firstDay(...maps: DailyCounts[]): string | null {
  let first: string | null = null;
  for (const m of maps)
    for (const days of m.values()) for (const d of days.keys()) if (first === null || d < first) first = d;
  return first;
}
