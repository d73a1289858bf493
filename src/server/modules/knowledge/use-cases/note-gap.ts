import type { Services } from "../../../platform/context.js";
import { recordGap } from "../gaps/gap-repository.js";
import type { GapSource } from "../knowledge.tables.js";

// One row per question as customers word it (trimmed, lower-case, inner spaces folded), so the
// list shows what people ask most that no article answers.
const normalise = (q: string) => q.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ").slice(0, 200);

export async function noteGap(
  s: Services,
  tenantId: string,
  question: string,
  source: GapSource,
): Promise<void> {
  const q = normalise(question);
  if (q.length >= 2) await recordGap(s.db, tenantId, q, source, s.clock.now());
}
