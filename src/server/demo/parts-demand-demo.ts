import { sql } from "drizzle-orm";
import type { Services } from "../platform/context.js";

// A year of weekly part consumption at the central warehouse and a van, so the parts-demand screen
// has history to forecast and backtest (the demo's own repairs consume only a handful). Each line
// is an opening receipt of everything it will consume, then intermittent consumptions (a seeded
// generator: the same figures every seed), so the ledger still sums to the balances.
const WEEKS = 56;
const LINES: [partNo: string, site: string, chance: number, maxQty: number][] = [
  ["P-AC-CAP", "WH-SH", 0.7, 6],
  ["P-WM-PUMP", "WH-SH", 0.45, 3],
  ["P-RF-THERM", "WH-SH", 0.35, 3],
  ["P-WM-BELT", "WH-SH", 0.3, 4],
  ["P-AC-SENSOR", "WH-SH", 0.15, 2],
  ["P-WM-PUMP", "VAN-01", 0.2, 2],
];

function generator(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function seedPartsDemandDemo(s: Services, tenantId: string): Promise<void> {
  const ids = (await s.db.execute(sql`
    select p.part_no, st.code, p.id as part_id, st.id as site_id
    from parts p cross join stock_sites st
    where p.tenant_id = ${tenantId} and st.tenant_id = ${tenantId}`)) as unknown as {
    rows: { part_no: string; code: string; part_id: string; site_id: string }[];
  };
  const now = s.clock.now().getTime();
  const day = 86_400_000;
  const rows: [string, string, string, number, number, string, string][] = [];
  LINES.forEach(([partNo, site, chance, maxQty], line) => {
    const at = ids.rows.find((r) => r.part_no === partNo && r.code === site);
    if (!at) return;
    const rand = generator(line + 11);
    let total = 0;
    for (let w = WEEKS; w >= 1; w--) {
      if (rand() >= chance) continue;
      const qty = 1 + Math.floor(rand() * maxQty);
      total += qty;
      const when = new Date(now - (w * 7 - Math.floor(rand() * 5)) * day).toISOString();
      rows.push([`mov_pdd_${line}_${w}`, at.part_id, at.site_id, qty, -qty, "consumption", when]);
    }
    const opening = new Date(now - (WEEKS * 7 + 7) * day).toISOString();
    rows.push([`mov_pdd_${line}_open`, at.part_id, at.site_id, total, total, "receipt", opening]);
  });
  if (rows.length === 0) return;
  await s.db.execute(sql`
    insert into stock_movements
      (id, tenant_id, part_id, site_id, kind, qty, on_hand_delta, reserved_delta, defective_delta, note, created_at)
    values ${sql.join(
      rows.map(
        ([id, part, site, qty, delta, kind, at]) =>
          sql`(${id}, ${tenantId}, ${part}, ${site}, ${kind}, ${qty}, ${delta}, 0, 0, '演示历史 demo history', ${at})`,
      ),
      sql`, `,
    )}`);
}
