import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findPresence } from "../presence.repository.js";

// The signed-in agent's own presence (absent = offline).
export async function presenceOf(s: Services, actor: Actor) {
  const row = await findPresence(s.db, actor.tenantId, actor.userId);
  return {
    userId: actor.userId,
    status: row?.status ?? "offline",
    lastSeenAt: row?.lastSeenAt.toISOString() ?? null,
  };
}
