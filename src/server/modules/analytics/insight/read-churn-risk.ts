import type { ChurnRisk } from "../../../../shared/api/insight.js";
import { divisionName } from "../../../../shared/divisions.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { tenantDay } from "../tenant-day.js";
import { CHURN_THRESHOLDS, scoreChurn } from "./churn-score.js";
import { type CustomerRow, loadCustomerFacts } from "./customer-facts.js";

export type InsightFilter = { region?: string; productLine?: string };

export function matches(c: CustomerRow, f: InsightFilter): boolean {
  if (f.region && c.region !== f.region) return false;
  if (f.productLine && !c.productLines.includes(f.productLine)) return false;
  return true;
}

const distinctSorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

// The customers most at risk first (ties: name), with every factor's points; the counts per level
// cover everyone who matches the filter.
export async function readChurnRisk(
  s: Services,
  actor: Actor,
  q: InsightFilter & { level?: "low" | "medium" | "high"; limit: number },
): Promise<ChurnRisk> {
  const today = await tenantDay(s.db, actor.tenantId, s.clock.now());
  const all = await loadCustomerFacts(s.db, actor.tenantId, today);
  const scored = all
    .filter((c) => matches(c, q))
    .map((c) => ({ c, ...scoreChurn(c) }))
    .sort((a, b) => b.score - a.score || a.c.name.localeCompare(b.c.name));
  const counts = { low: 0, medium: 0, high: 0 };
  for (const x of scored) counts[x.level]++;
  return {
    thresholds: { ...CHURN_THRESHOLDS },
    counts,
    items: scored
      .filter((x) => !q.level || x.level === q.level)
      .slice(0, q.limit)
      .map(({ c, score, level, factors }) => ({
        id: c.id,
        name: c.name,
        tier: c.tier,
        region: c.region,
        regionName: c.region ? divisionName(c.region) : null,
        productLines: c.productLines,
        score,
        level,
        factors,
      })),
    regions: distinctSorted(all.flatMap((c) => (c.region ? [c.region] : []))).map((code) => ({
      code,
      name: divisionName(code) || code,
    })),
    productLines: distinctSorted(all.flatMap((c) => c.productLines)),
  };
}
