import { index, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { tenantId, tstz } from "../../platform/db/columns.js";

export type PresenceStatus = "online" | "away" | "offline";

// Absent row = offline. last_seen_at is refreshed by heartbeats; the sweep job expires it.
export const agentPresence = pgTable(
  "agent_presence",
  {
    tenantId: tenantId(),
    userId: text("user_id").notNull(),
    status: text("status").notNull().$type<PresenceStatus>(),
    lastSeenAt: tstz("last_seen_at").notNull(),
    changedAt: tstz("changed_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.userId] }),
    index("agent_presence_status_idx").on(t.tenantId, t.status, t.lastSeenAt),
  ],
);
