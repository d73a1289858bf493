import { z } from "@hono/zod-openapi";
import { PRIORITIES, TICKET_TYPES } from "../../../shared/domain.js";
import { LIST_FIELDS } from "./engine.js";

const id = z.string().min(1).max(100);

const ZCondition = z.union([
  z
    .object({
      field: z.enum(LIST_FIELDS),
      op: z.enum(["in", "not_in"]),
      values: z.array(z.string().max(100)).min(1).max(50),
    })
    .strict(),
  z
    .object({
      field: z.literal("keywords"),
      values: z.array(z.string().trim().min(1).max(100)).min(1).max(50),
    })
    .strict(),
  z.object({ field: z.literal("outOfWarranty"), value: z.boolean() }).strict(),
]);
const text = z.string().trim().min(1).max(5000);
const ZAction = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("set_priority"), value: z.enum(PRIORITIES) }).strict(),
  z.object({ kind: z.literal("set_type"), value: z.enum(TICKET_TYPES) }).strict(),
  z
    .object({ kind: z.literal("add_tags"), tags: z.array(z.string().trim().min(1).max(40)).min(1).max(20) })
    .strict(),
  z.object({ kind: z.literal("set_team"), teamId: id }).strict(),
  z.object({ kind: z.literal("assign_user"), userId: id }).strict(),
  z.object({ kind: z.literal("assign_team"), teamId: id }).strict(),
  z.object({ kind: z.literal("internal_note"), body: text }).strict(),
  z.object({ kind: z.literal("reply"), body: text }).strict(),
  z
    .object({
      kind: z.literal("notify"),
      to: z.union([z.enum(["assignee", "supervisors"]), id]),
      message: text,
    })
    .strict(),
]);
export const ZTriggerInput = z
  .object({
    name: z.string().trim().min(1).max(100),
    event: z.enum(["created", "updated"]),
    active: z.boolean().optional(),
    match: z.enum(["all", "any"]).optional(),
    conditions: z.array(ZCondition).max(30),
    actions: z.array(ZAction).min(1).max(20),
  })
  .strict()
  .openapi("TriggerInput");
export const ZTriggerPatch = ZTriggerInput.partial();
export const ZReorder = z.object({ ids: z.array(id).max(500) }).strict();
export const ZDryRun = z.object({ ticketRef: id, event: z.enum(["created", "updated"]).optional() }).strict();
