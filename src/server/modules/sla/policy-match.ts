import type { CustomerTier, Priority, TicketType } from "../../../shared/domain.js";
import type { PolicyMatch } from "./sla.tables.js";

type Candidate = { id: string; match: PolicyMatch; createdAt: Date };

const FIELDS = ["priority", "tier", "type"] as const;

// The most specific matching policy (most matched fields); ties go to the most recently created.
export function choosePolicy<P extends Candidate>(
  policies: P[],
  ticket: { priority: Priority; type: TicketType; tier: CustomerTier },
): P | undefined {
  let best: P | undefined;
  let bestScore = -1;
  for (const p of policies) {
    if (!FIELDS.every((f) => p.match[f] === undefined || p.match[f] === ticket[f])) continue;
    const score = FIELDS.filter((f) => p.match[f] !== undefined).length;
    const newer =
      best &&
      (p.createdAt.getTime() > best.createdAt.getTime() ||
        (p.createdAt.getTime() === best.createdAt.getTime() && p.id > best.id));
    if (score > bestScore || (score === bestScore && newer)) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}
