import { z } from "@hono/zod-openapi";
import {
  CHANNELS,
  CUSTOMER_TIERS,
  PRIORITIES,
  SLA_STATES,
  TICKET_ACTIONS,
  TICKET_STATUSES,
  TICKET_TYPES,
  VISIBILITIES,
  WARRANTY_STATUSES,
} from "../domain.js";
import { ROLES } from "../roles.js";
import { isoDateTime } from "./iso-date-time.js";

// Response shapes of the tickets API: the server's route schemas (with their OpenAPI names) and the
// web app's types (imported as types only, so neither zod nor this file reaches the bundle).
export const ZAttachment = z
  .object({
    id: z.string(),
    name: z.string(),
    size: z.number().int(),
    contentType: z.string(),
    sha256: z.string().optional(),
  })
  .openapi("Attachment");

export const ZTicket = z
  .object({
    id: z.string(),
    number: z.string(),
    subject: z.string(),
    description: z.string(),
    type: z.enum(TICKET_TYPES),
    priority: z.enum(PRIORITIES),
    status: z.enum(TICKET_STATUSES),
    channel: z.enum(CHANNELS),
    customerId: z.string(),
    unitSerial: z.string().nullable(),
    warrantyStatus: z.enum(WARRANTY_STATUSES).nullable(),
    assigneeId: z.string().nullable(),
    teamId: z.string().nullable(),
    outletId: z.string().nullable(),
    reporterId: z.string().nullable(),
    escalationLevel: z.number().int(),
    tags: z.array(z.string()),
    createdAt: isoDateTime(),
    updatedAt: isoDateTime(),
    firstRespondedAt: isoDateTime().nullable(),
    resolvedAt: isoDateTime().nullable(),
    closedAt: isoDateTime().nullable(),
    slaDueAt: isoDateTime().nullable(),
    slaState: z.enum(SLA_STATES).nullable(),
    customerName: z.string().optional(),
    customerTier: z.enum(CUSTOMER_TIERS).optional(),
    assigneeName: z.string().nullable().optional(),
    // Who is handling it, as the portal words it: a field engineer (technician) or the service desk.
    assigneeRole: z.enum(ROLES).nullable().optional(),
    productName: z.string().nullable().optional(),
    // The product's English name, when it has one (readers of English see it instead).
    productNameEn: z.string().nullable().optional(),
  })
  .openapi("Ticket");

// The customer's rating of a closed request, given once in the portal.
const ZTicketRating = z
  .object({ score: z.number().int().min(1).max(5), comment: z.string().nullable(), createdAt: isoDateTime() })
  .openapi("TicketRating");

export const ZRateTicket = z
  .object({ score: z.number().int().min(1).max(5), comment: z.string().trim().max(1000).optional() })
  .strict()
  .openapi("RateTicket");
export type RateTicketInput = z.input<typeof ZRateTicket>;

export const ZTicketDetail = ZTicket.extend({
  allowedActions: z.array(z.enum(TICKET_ACTIONS)),
  customer: z.object({ id: z.string(), name: z.string(), tier: z.enum(CUSTOMER_TIERS) }),
  assignee: z.object({ id: z.string(), name: z.string() }).nullable(),
  attachments: z.array(ZAttachment),
  rating: ZTicketRating.nullable().optional(),
}).openapi("TicketDetail");

export const ZMessage = z
  .object({
    id: z.string(),
    body: z.string(),
    bodyHtml: z.string().nullable().optional(),
    visibility: z.enum(VISIBILITIES),
    channel: z.enum(CHANNELS),
    authorId: z.string().nullable(),
    authorName: z.string().nullable().optional(),
    authorRole: z.enum(ROLES).nullable().optional(),
    from: z.string().nullable().optional(),
    createdAt: isoDateTime(),
    attachments: z.array(ZAttachment),
  })
  .openapi("Message");

export const ZEvent = z
  .object({
    id: z.string(),
    type: z.string(),
    actorId: z.string().nullable(),
    actorName: z.string().nullable(),
    actorRole: z.enum(ROLES).nullable(),
    data: z.record(z.string(), z.unknown()),
    createdAt: isoDateTime(),
  })
  .openapi("TicketEvent");

export type Attachment = z.infer<typeof ZAttachment>;
export type TicketSummary = z.infer<typeof ZTicket>;
export type TicketDetail = z.infer<typeof ZTicketDetail>;
export type Message = z.infer<typeof ZMessage>;
export type TicketEvent = z.infer<typeof ZEvent>;
