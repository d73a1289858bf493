import { z } from "zod";
import { CUSTOMER_TIERS, TICKET_TYPES } from "../domain.js";
import { ROLES } from "../roles.js";
import { ZPresenceStatus } from "./presence.js";

// One row of the supervisor's load board: a desk agent, or a field technician whose load also
// counts the visits still ahead of them today.
const ZAgentLoad = z.object({
  userId: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  kind: z.enum(["desk", "field"]),
  status: ZPresenceStatus,
  lastSeenAt: z.string().nullable(),
  // Open tickets owned.
  open: z.number().int(),
  // Visits scheduled, on the way or on site today (tenant's local day); 0 for desk agents.
  visitsToday: z.number().int(),
  capacity: z.number().int(),
  // (open + visitsToday) / capacity: above 1 when someone holds more than their capacity.
  load: z.number(),
  overCapacity: z.boolean(),
  skills: z.array(z.string()),
  oldestOpenAt: z.string().nullable(),
  expectedHandlingMinutes: z.number(),
});
export type AgentLoad = z.infer<typeof ZAgentLoad>;

export const ZLoadBoard = z.object({ agents: z.array(ZAgentLoad), queued: z.number().int() });
export type LoadBoard = z.infer<typeof ZLoadBoard>;

// "Route now": which desk agent the assignment decision gave a queued ticket to.
export const ZRoutedTicket = z.object({
  ticketId: z.string(),
  number: z.string(),
  assigneeId: z.string(),
  status: z.string(),
});
export type RoutedTicket = z.infer<typeof ZRoutedTicket>;

export const CERTIFICATION_MODES = ["required", "preferred", "off"] as const;

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
  // Work needing a skill: only to people holding a valid certification for it ("required"), to
  // them first ("preferred"), or regardless ("off").
  certification: z.enum(CERTIFICATION_MODES),
});
export type RoutingSettings = z.infer<typeof ZRoutingSettings>;
