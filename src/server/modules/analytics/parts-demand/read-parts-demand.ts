import { sql } from "drizzle-orm";
import type { PartsDemand } from "../../../../shared/api/insight.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { addDays, daysBetween } from "../forecast/day-kinds.js";
import { tenantDay } from "../tenant-day.js";
import { backtestWeekly, sbaForecast } from "./croston.js";

// Weekly consumption per part and stock site from the parts ledger (movements of kind
// "consumption", read only), forecast by SBA, backtested against naive. The reorder quantity
// covers the lead time plus one review week at the forecast mean, with the 80 % high's margin
// grown by √weeks, less what is available and inbound, plus the back-orders: the same terms the
// parts module's purchase suggestion uses, with the forecast in place of the fixed reorder point.
const HISTORY_WEEKS = 104;
const LEAD_WEEKS = 2;
const MAX_LINES = 50;
// Weeks ahead the screen lists (the backtest's horizon): the rate is the same for each of them.
const AHEAD_WEEKS = 4;

type Raw = Record<string, unknown>;

function mondayOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  return addDays(day, -((d.getUTCDay() + 6) % 7));
}

function forecastSuggestion(
  f: { mean: number; hi80: number },
  n: { available: number; backordered: number; inbound: number },
  weeks = LEAD_WEEKS + 1,
): number {
  const cover = f.mean * weeks + Math.max(0, f.hi80 - f.mean) * Math.sqrt(weeks);
  return Math.max(0, Math.ceil(cover) - n.available + n.backordered - n.inbound);
}

export async function readPartsDemand(s: Services, actor: Actor): Promise<PartsDemand> {
  const today = await tenantDay(s.db, actor.tenantId, s.clock.now());
  const thisWeek = mondayOf(today);
  const from = addDays(thisWeek, -7 * HISTORY_WEEKS);
  const t = actor.tenantId;
  const r = (await s.db.execute(sql`
    with used as (
      select part_id, site_id, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD') as day, abs(qty) as qty
      from stock_movements
      where tenant_id = ${t} and kind = 'consumption' and created_at >= ${from}::date
        and created_at < ${thisWeek}::date),
    lines as (
      select part_id, site_id, sum(qty) as total, min(day) as first_day,
             array_agg(day order by day) as days, array_agg(qty order by day) as qtys
      from used group by part_id, site_id order by sum(qty) desc limit ${MAX_LINES})
    select l.*, p.part_no, p.name as part_name, p.name_en as part_name_en, st.code as site_code, st.name as site_name,
           coalesce(b.on_hand - b.reserved, 0)::int as available, b.reorder_point,
           coalesce((select sum(x.qty) from stock_reservations x where x.tenant_id = ${t}
                      and x.site_id = l.site_id and x.part_id = l.part_id and x.status = 'waiting'), 0)::int
             as backordered,
           coalesce((select sum(x.qty) from stock_transfers x where x.tenant_id = ${t}
                      and x.to_site_id = l.site_id and x.part_id = l.part_id and x.status = 'in_transit'), 0)::int
             as inbound
    from lines l
    join parts p on p.tenant_id = ${t} and p.id = l.part_id
    join stock_sites st on st.tenant_id = ${t} and st.id = l.site_id
    left join stock_balances b on b.tenant_id = ${t} and b.site_id = l.site_id and b.part_id = l.part_id
    order by l.total desc, p.part_no, st.code`)) as unknown as { rows: Raw[] };
  const items = r.rows.map((x) => {
    // Weeks from the line's first consumption to last week, empty weeks as 0.
    const start = mondayOf(String(x.first_day));
    const n = Math.max(1, Math.round(daysBetween(start, thisWeek) / 7));
    const series = new Array<number>(n).fill(0);
    const days = x.days as string[];
    const qtys = (x.qtys as (number | string)[]).map(Number);
    days.forEach((d, i) => {
      const w = Math.floor(daysBetween(start, d) / 7);
      if (w >= 0 && w < n) series[w] = (series[w] as number) + (qtys[i] as number);
    });
    const f = sbaForecast(series);
    const need = {
      available: Number(x.available),
      backordered: Number(x.backordered),
      inbound: Number(x.inbound),
    };
    const reorderPoint = x.reorder_point === null ? null : Number(x.reorder_point);
    const round = (v: number) => Math.round(v * 100) / 100;
    return {
      partId: String(x.part_id),
      partNo: String(x.part_no),
      partName: String(x.part_name),
      partNameEn: x.part_name_en === null ? null : String(x.part_name_en),
      siteId: String(x.site_id),
      siteCode: String(x.site_code),
      siteName: String(x.site_name),
      recent: series.slice(-12),
      forecast: { mean: round(f.mean), lo80: round(f.lo80), hi80: round(f.hi80) },
      backtest: backtestWeekly(series),
      available: need.available,
      reorderPoint,
      partsSuggestion: Math.max(0, (reorderPoint ?? 0) - need.available + need.backordered - need.inbound),
      forecastSuggestion: forecastSuggestion(f, need),
    };
  });
  return { weeks: HISTORY_WEEKS, leadWeeks: LEAD_WEEKS, firstWeek: thisWeek, aheadWeeks: AHEAD_WEEKS, items };
}
