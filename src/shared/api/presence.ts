import { z } from "zod";

export const ZPresenceStatus = z.enum(["online", "away", "offline"]);
export type PresenceStatus = z.infer<typeof ZPresenceStatus>;

// GET /presence: the signed-in agent's own status (absent = offline).
export const ZOwnPresence = z.object({
  userId: z.string(),
  status: ZPresenceStatus,
  lastSeenAt: z.string().nullable(),
});
export type OwnPresence = z.infer<typeof ZOwnPresence>;

// POST /presence/heartbeat.
export const ZHeartbeat = ZOwnPresence.omit({ userId: true });

// PUT /users/{id}/presence: the new status and how many queued tickets it let through.
export const ZPresenceChange = z.object({
  userId: z.string(),
  status: ZPresenceStatus,
  lastSeenAt: z.string(),
  assigned: z.number().int(),
});
