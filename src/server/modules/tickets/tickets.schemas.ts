import { z } from "@hono/zod-openapi";
import { ZAttachment, ZEvent, ZMessage, ZTicket, ZTicketDetail } from "../../../shared/api/tickets.js";
import {
  CHANNELS,
  PRIORITIES,
  SLA_STATES,
  TICKET_ACTIONS,
  TICKET_STATUSES,
  TICKET_TYPES,
  VISIBILITIES,
} from "../../../shared/domain.js";

export { ZAttachment, ZEvent, ZMessage, ZTicket, ZTicketDetail };

const attachmentIds = z.array(z.string().min(1).max(100)).max(20);

export const ZCreateTicket = z
  .object({
    subject: z.string().trim().min(1).max(200),
    description: z.string().trim().min(1).max(20_000),
    type: z.enum(TICKET_TYPES),
    priority: z.enum(PRIORITIES).optional(),
    channel: z.enum(CHANNELS).optional(),
    customerId: z.string().max(100).optional(),
    unitSerial: z.string().trim().min(1).max(64).optional(),
    tags: z.array(z.string().trim().min(1).max(40)).max(20).optional(),
    attachmentIds: attachmentIds.optional(),
  })
  .strict()
  .openapi("CreateTicket");

export const MAX_TAGS = 20;

export const ZUpdateTicket = z
  .object({
    priority: z.enum(PRIORITIES).optional(),
    type: z.enum(TICKET_TYPES).optional(),
    assigneeId: z.string().max(100).nullable().optional(),
    teamId: z.string().max(100).nullable().optional(),
    tags: z.array(z.string().trim().min(1).max(40)).max(MAX_TAGS).optional(),
    // Added to / removed from the tags the ticket has when the change is applied (bulk tagging:
    // no read-modify-write race with someone else tagging the same ticket).
    addTags: z.array(z.string().trim().min(1).max(40)).max(MAX_TAGS).optional(),
    removeTags: z.array(z.string().trim().min(1).max(40)).max(MAX_TAGS).optional(),
    reason: z.string().trim().max(500).optional(),
  })
  .strict()
  .openapi("UpdateTicket");

export const ZMergeTicket = z
  .object({
    // The surviving ticket (number or id); the ticket in the path is closed into it.
    into: z.string().trim().min(1).max(100),
    reason: z.string().trim().max(500).optional(),
  })
  .strict()
  .openapi("MergeTicket");

export const ZTransition = z
  .object({ action: z.enum(TICKET_ACTIONS), reason: z.string().trim().max(2000).optional() })
  .strict()
  .openapi("Transition");

export const ZCreateMessage = z
  .object({
    body: z.string().trim().min(1).max(50_000),
    visibility: z.enum(VISIBILITIES).default("public"),
    attachmentIds: attachmentIds.optional(),
  })
  .strict()
  .openapi("CreateMessage");

const csv = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .max(500)
    .transform((s) =>
      s
        .split(",")
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values)).min(1));

const TICKET_SORTS = ["created_desc", "created_asc", "updated_desc", "priority", "sla_due"] as const;

export const ZTicketQuery = z.object({
  status: csv([...TICKET_STATUSES, "open"] as const).optional(),
  priority: csv(PRIORITIES).optional(),
  type: csv(TICKET_TYPES).optional(),
  channel: z.enum(CHANNELS).optional(),
  assigneeId: z
    .string()
    .max(100)
    .optional()
    .openapi({ description: "a user id, `me`, or `none` for unassigned" }),
  customerId: z.string().max(100).optional(),
  slaState: csv(SLA_STATES).optional(),
  teamId: z.string().max(100).optional().openapi({ description: "a team id, or `none` for no team" }),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(TICKET_SORTS).default("created_desc"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export const ZRefParam = z.object({
  ref: z.string().min(1).max(100).openapi({ description: "ticket id or service order number" }),
});

export type TTicket = z.infer<typeof ZTicket>;
export type TTicketDetail = z.infer<typeof ZTicketDetail>;
export type TCreateTicket = z.infer<typeof ZCreateTicket>;
export type TUpdateTicket = z.infer<typeof ZUpdateTicket>;
export type TMergeTicket = z.infer<typeof ZMergeTicket>;
export type TTicketQuery = z.infer<typeof ZTicketQuery>;
export type TAttachment = z.infer<typeof ZAttachment>;
