import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { touchPresence } from "../presence.repository.js";

// The signed-in agent is still there: keeps an online status from timing out.
export async function heartbeat(s: Services, actor: Actor) {
  const row = await touchPresence(s.db, actor.tenantId, actor.userId, s.clock.now());
  return { status: row?.status ?? "offline", lastSeenAt: row?.lastSeenAt.toISOString() ?? null };
}
