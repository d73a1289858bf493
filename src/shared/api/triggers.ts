import { z } from "zod";
import { PRIORITIES, TICKET_TYPES } from "../domain.js";
import { LIST_FIELDS } from "../triggers.js";

const id = z.string().min(1).max(100);
const text = z.string().trim().min(1).max(5000);

// A trigger's conditions and actions: what the API accepts is what it stores and answers.
export const ZTriggerCondition = z.union([
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

export const ZTriggerAction = z.discriminatedUnion("kind", [
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

export type TriggerCondition = z.infer<typeof ZTriggerCondition>;
export type TriggerAction = z.infer<typeof ZTriggerAction>;

const ZEvent = z.enum(["created", "updated"]);

export const ZTrigger = z.object({
  id: z.string(),
  name: z.string(),
  event: ZEvent,
  position: z.number().int(),
  active: z.boolean(),
  match: z.enum(["all", "any"]),
  conditions: z.array(ZTriggerCondition),
  actions: z.array(ZTriggerAction),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Trigger = z.infer<typeof ZTrigger>;

// POST /triggers/dry-run: what the triggers would do to a ticket now; nothing is changed.
export const ZDryRunResult = z.object({
  ticketId: z.string(),
  event: ZEvent,
  fired: z.array(z.object({ triggerId: z.string(), name: z.string(), actions: z.array(ZTriggerAction) })),
  changes: z.object({
    priority: z.string().optional(),
    type: z.string().optional(),
    tags: z.array(z.string()).optional(),
    teamId: z.string().nullable().optional(),
    assigneeId: z.string().nullable().optional(),
  }),
  notes: z.array(z.string()),
  replies: z.array(z.string()),
  notifications: z.array(z.object({ to: z.string(), message: z.string(), triggerId: z.string() })),
});
export type DryRunResult = z.infer<typeof ZDryRunResult>;
