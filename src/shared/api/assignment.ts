import { z } from "zod";
import { CUSTOMER_TIERS, TICKET_TYPES } from "../domain.js";
import { ROLES } from "../roles.js";
import { ZPresenceStatus } from "./presence.js";

// One row of the supervisor's load board.
const ZAgentLoad = z.object({
  userId: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  status: ZPresenceStatus,
  lastSeenAt: z.string().nullable(),
  open: z.number().int(),
  capacity: z.number().int(),
  load: z.number(),
  skills: z.array(z.string()),
  oldestOpenAt: z.string().nullable(),
  expectedHandlingMinutes: z.number(),
});
export type AgentLoad = z.infer<typeof ZAgentLoad>;

export const ZLoadBoard = z.object({ agents: z.array(ZAgentLoad), queued: z.number().int() });
export type LoadBoard = z.infer<typeof ZLoadBoard>;

// A tenant's routing settings as they apply (defaults filled in).
export const ZRoutingSettings = z.object({
  autoAssign: z.boolean(),
  includeSupervisors: z.boolean(),
  // Extra skills per ticket type, e.g. {"installation": ["installer"]}.
  typeSkills: z.partialRecord(z.enum(TICKET_TYPES), z.array(z.string())),
  // Customers of these tiers go to agents with `skill` first; `fallback`: to another agent when none has room.
  tierRule: z
    .object({ tiers: z.array(z.enum(CUSTOMER_TIERS)), skill: z.string(), fallback: z.boolean() })
    .nullable(),
  presenceTimeoutMinutes: z.number().int(),
  defaultHandlingMinutes: z.number().int(),
});
export type RoutingSettings = z.infer<typeof ZRoutingSettings>;
