import { z } from "@hono/zod-openapi";
import { CERTIFICATION_MODES } from "../../../shared/api/assignment.js";
import { TICKET_TYPES } from "../../../shared/domain.js";

const skills = z.array(z.string().trim().min(1).max(40)).max(50);

export const ZPresence = z
  .object({ status: z.enum(["online", "away", "offline"]) })
  .strict()
  .openapi("Presence");

export const ZRoutingSettings = z
  .object({
    autoAssign: z.boolean(),
    includeSupervisors: z.boolean(),
    typeSkills: z.record(z.enum(TICKET_TYPES), skills),
    tierRule: z
      .object({
        tiers: z.array(z.enum(["standard", "gold", "vip"])).min(1),
        skill: z.string().min(1).max(40),
        fallback: z.boolean(),
      })
      .nullable(),
    presenceTimeoutMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60),
    defaultHandlingMinutes: z.number().int().min(1).max(100_000),
    certification: z.enum(CERTIFICATION_MODES),
  })
  .partial()
  .strict()
  .openapi("RoutingSettings");

export const ZTicketRefParam = z.object({
  ref: z.string().min(1).max(100).openapi({ description: "ticket id or service order number" }),
});
