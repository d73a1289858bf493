import type { ArticleRef, EntitlementRemedy, Remedy } from "../../../../shared/warranty.js";
import { formatBasis } from "../../../../shared/warranty-articles.js";

type Extra = Omit<EntitlementRemedy, "remedy" | "basis" | "ref" | "free">;

/** A remedy granted by `ref`, cited in Chinese as the API shows it. */
export function grant(remedy: Remedy, ref: ArticleRef, free: boolean, extra: Extra = {}): EntitlementRemedy {
  const defined = Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined)) as Extra;
  return { remedy, basis: formatBasis(ref, "zh-CN"), ref, free, ...defined };
}

const until = (r: EntitlementRemedy) => r.deadline ?? "9999-12-31";

/**
 * One entry per remedy, the best for the customer: a free grant beats one with a fee (an exchange
 * under car Art. 22 beats the same exchange under Art. 24 with its usage fee), then the later
 * deadline; otherwise the first, in the order the rules were read.
 */
export function uniqueRemedies(grants: EntitlementRemedy[]): EntitlementRemedy[] {
  const byRemedy = new Map<Remedy, EntitlementRemedy>();
  for (const g of grants) {
    const seen = byRemedy.get(g.remedy);
    const better = !seen || (g.free && !seen.free) || (g.free === seen.free && until(g) > until(seen));
    if (better) byRemedy.set(g.remedy, g);
  }
  return [...byRemedy.values()];
}
