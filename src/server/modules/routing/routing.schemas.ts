import { z } from "@hono/zod-openapi";
import { PRIORITIES, TICKET_STATUSES, TICKET_TYPES } from "../../../shared/domain.js";
import { MACRO_STATUSES } from "./routing.tables.js";
import { LIST_FIELDS } from "./triggers/engine.js";

const skills = z.array(z.string().trim().min(1).max(40)).max(50);
const id = z.string().min(1).max(100);

export const ZPresence = z
  .object({ status: z.enum(["online", "away", "offline"]) })
  .strict()
  .openapi("Presence");
export const ZTeamInput = z
  .object({
    name: z.string().trim().min(1).max(100),
    skills: skills.optional(),
    memberIds: z.array(id).max(500).optional(),
  })
  .strict();
export const ZTeamPatch = ZTeamInput.partial();
export const ZMember = z.object({ userId: id }).strict();
export const ZUserIdParam = z.object({ id, userId: id });

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
  })
  .partial()
  .strict()
  .openapi("RoutingSettings");

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

const bodies = z
  .object({
    "zh-CN": z.string().trim().min(1).max(20_000).optional(),
    en: z.string().trim().min(1).max(20_000).optional(),
  })
  .strict();
// Fields a macro sets besides its text; the agent's client applies them when the reply is sent.
export const ZMacroActions = z
  .object({
    status: z.enum(MACRO_STATUSES).optional(),
    priority: z.enum(PRIORITIES).optional(),
    addTags: z.array(z.string().trim().min(1).max(40)).max(10).optional(),
    teamId: z.string().max(100).nullable().optional(),
    // A user id, or "me" for whoever applies the macro.
    assigneeId: z.string().max(100).nullable().optional(),
  })
  .strict()
  .openapi("MacroActions");
const skillName = z.string().trim().min(1).max(100);
export const ZSkillInput = z
  .object({
    code: z
      .string()
      .trim()
      .min(1)
      .max(50)
      .regex(/^[a-z0-9][a-z0-9._-]*$/, "request.invalid_skill_code"),
    nameZh: skillName,
    nameEn: skillName,
  })
  .strict()
  .openapi("SkillInput");
export const ZSkillPatch = z.object({ nameZh: skillName.optional(), nameEn: skillName.optional() }).strict();
export const ZSkillParam = z.object({ code: z.string().min(1).max(50) });

export const ZMacroInput = z
  .object({
    name: z.string().trim().min(1).max(100),
    bodies,
    shared: z.boolean().optional(),
    actions: ZMacroActions.optional(),
  })
  .strict()
  .openapi("MacroInput");
export const ZMacroPatch = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    bodies: bodies.optional(),
    actions: ZMacroActions.optional(),
  })
  .strict();
export const ZRender = z.object({ ticketRef: id, locale: z.enum(["zh-CN", "en"]).optional() }).strict();

const ZFilters = z
  .object({
    status: z.array(z.enum(TICKET_STATUSES)).max(10).optional(),
    priority: z.array(z.enum(PRIORITIES)).max(3).optional(),
    type: z.array(z.enum(TICKET_TYPES)).max(10).optional(),
    assigneeId: z.string().max(100).optional(),
    q: z.string().trim().max(200).optional(),
    sort: z.enum(["created_desc", "created_asc", "updated_desc", "priority"]).optional(),
  })
  .strict();
export const ZViewInput = z
  .object({ name: z.string().trim().min(1).max(100), filters: ZFilters, shared: z.boolean().optional() })
  .strict()
  .openapi("ViewInput");
export const ZViewPatch = ZViewInput.partial();
export const ZViewing = z.object({ typing: z.boolean().optional() }).strict();
export const ZRefParam = z.object({ ref: z.string().min(1).max(100) });
export const ZUnreadQuery = z.object({ unread: z.enum(["true", "false"]).optional() });
export const ZAny = z.any().openapi({ type: "object" });
