import type { Services } from "../../../platform/context.js";
import { afterCommitOnce } from "../../../platform/db/after-commit.js";
import type { Db } from "../../../platform/db/client.js";
import { getOrCreate } from "../../../platform/get-or-create.js";
import { drainQueueInChunks } from "./drain-queue-in-chunks.js";

type DrainState = { current: Promise<void> | null; next: Promise<void> | null };
const drains = new WeakMap<Services, Map<string, DrainState>>();

// One drain pass at a time per tenant in this process; everyone who asks while a pass runs shares
// the next one. A burst of new tickets thus costs a few passes (each one routing lock, one look at
// the agents and one transaction for all the assignments), not one locked pass per ticket.
function requestDrain(s: Services, tenantId: string): Promise<void> {
  const byTenant = getOrCreate(drains, s, () => new Map<string, DrainState>());
  const st = getOrCreate(byTenant, tenantId, (): DrainState => ({ current: null, next: null }));
  const pass = (): Promise<void> => {
    const p: Promise<void> = drainQueueInChunks(s, tenantId, s.clock.now())
      .then(() => undefined)
      .finally(() => {
        if (st.current === p) st.current = null;
      });
    st.current = p;
    return p;
  };
  if (!st.current) return pass();
  st.next ??= st.current
    .catch(() => undefined)
    .then(() => {
      st.next = null;
      return pass();
    });
  return st.next;
}

// Queued tickets are routed after the change that queued them (or freed an agent) commits, so no
// ticket creation holds the tenant's routing lock. The queue itself is the durable record: a
// ticket whose drain is lost to a crash is picked up by the next one (any new ticket, an agent
// coming online, or the periodic presence sweep).
// One pass per tenant and transaction, however many of its changes (a group of creations) ask.
export function drainAfterCommit(tx: Db, s: Services, tenantId: string): Promise<unknown> | undefined {
  return afterCommitOnce(tx, `routing-drain:${tenantId}`, () => requestDrain(s, tenantId));
}
