import { z } from "@hono/zod-openapi";
import { ZTriggerAction, ZTriggerCondition } from "../../../shared/api/triggers.js";

const id = z.string().min(1).max(100);

export const ZTriggerInput = z
  .object({
    name: z.string().trim().min(1).max(100),
    event: z.enum(["created", "updated"]),
    active: z.boolean().optional(),
    match: z.enum(["all", "any"]).optional(),
    conditions: z.array(ZTriggerCondition).max(30),
    actions: z.array(ZTriggerAction).min(1).max(20),
  })
  .strict()
  .openapi("TriggerInput");
export const ZTriggerPatch = ZTriggerInput.partial();
export const ZReorder = z.object({ ids: z.array(id).max(500) }).strict();
export const ZDryRun = z.object({ ticketRef: id, event: z.enum(["created", "updated"]).optional() }).strict();
