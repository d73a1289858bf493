import { z } from "@hono/zod-openapi";
import { TICKET_TYPES } from "../domain.js";
import { SOP_SCENES, SOP_VISIT_KINDS } from "../sops.js";

// SOPs (standard operating procedures per service scene) and the checklist they put on a ticket.

const ZStatus = z.enum(["draft", "review", "published"]);
const ZText = (max: number) => z.string().trim().min(1).max(max);

export const ZSopStepInput = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9_-]{1,20}$/)
      .optional(),
    zh: ZText(300),
    en: ZText(300),
    role: z.string().trim().max(50).default(""),
    tools: z.string().trim().max(300).default(""),
    control: z.boolean().default(false),
    minutes: z.number().int().min(1).max(10_080).nullable().default(null),
    exception: z.string().trim().max(500).default(""),
  })
  .strict();

export const ZSopInput = z
  .object({
    scene: z.enum(SOP_SCENES),
    titleZh: ZText(200),
    titleEn: ZText(200),
    ticketTypes: z.array(z.enum(TICKET_TYPES)).max(TICKET_TYPES.length).default([]),
    productLine: ZText(50).nullable().optional(),
    visitKind: z.enum(SOP_VISIT_KINDS).nullable().optional(),
    required: z.boolean().default(false),
    steps: z.array(ZSopStepInput).min(1).max(40),
  })
  .strict()
  .openapi("SopInput");
export type SopInput = z.input<typeof ZSopInput>;

const ZSopStep = z.object({
  id: z.string(),
  zh: z.string(),
  en: z.string(),
  role: z.string(),
  tools: z.string(),
  control: z.boolean(),
  minutes: z.number().int().nullable(),
  exception: z.string(),
});

export const ZSop = z
  .object({
    id: z.string(),
    scene: z.enum(SOP_SCENES),
    titleZh: z.string(),
    titleEn: z.string(),
    ticketTypes: z.array(z.enum(TICKET_TYPES)),
    productLine: z.string().nullable(),
    visitKind: z.enum(SOP_VISIT_KINDS).nullable(),
    required: z.boolean(),
    steps: z.array(ZSopStep),
    status: ZStatus,
    version: z.number().int(),
    updatedBy: z.string().nullable(),
    updatedAt: z.string(),
    publishedAt: z.string().nullable(),
  })
  .openapi("Sop");
export type Sop = z.infer<typeof ZSop>;

export const ZSopVersion = z
  .object({
    version: z.number().int(),
    status: ZStatus,
    changedBy: z.string().nullable(),
    changedByName: z.string().nullable(),
    changedAt: z.string(),
  })
  .openapi("SopVersion");

// The ticket's checklist: each SOP that applies, its steps with who ticked them and when.
export const ZTicketSop = z
  .object({
    sop: ZSop,
    steps: z.array(
      ZSopStep.extend({
        doneBy: z.string().nullable(),
        doneByName: z.string().nullable(),
        doneAt: z.string().nullable(),
      }),
    ),
    complete: z.boolean(),
  })
  .openapi("TicketSop");
export type TicketSop = z.infer<typeof ZTicketSop>;

export const ZTickSopStep = z
  .object({ sopId: z.string().min(1).max(100), stepId: z.string().min(1).max(20), done: z.boolean() })
  .strict()
  .openapi("TickSopStep");
