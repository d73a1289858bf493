import type { Services } from "../../../platform/context.js";
import { getSettings, loadCandidates } from "../assignment.repository.js";
import { drainQueue } from "./drain-queue.js";

// A long queue drained in short transactions of `chunk` assignments each: one huge transaction
// makes every later statement walk the versions its earlier ones left (the audit chain head, the
// agents' rows, the queue index), so its rate falls as the queue grows.
export async function drainQueueInChunks(s: Services, tenantId: string, at: Date, chunk = 250) {
  // Nobody with room means nothing to do, and that is known without taking the lock: whoever
  // makes room later drains after their own commit, and sees every ticket queued before it.
  const settings = await getSettings(s.db, tenantId);
  if (!settings.autoAssign) return 0;
  const candidates = await loadCandidates(s.db, tenantId, settings, at);
  if (!candidates.some((c) => c.open < c.capacity)) return 0;
  let total = 0;
  for (;;) {
    const n = await s.db.transaction((tx) => drainQueue(tx, s, tenantId, at, chunk));
    total += n;
    if (n < chunk) return total;
  }
}
