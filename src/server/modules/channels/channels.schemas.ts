import { z } from "@hono/zod-openapi";
import { ZCall, ZMailbox, ZTicketOrigin, ZTimelineItem } from "../../../shared/api/channels.js";
import { TICKET_TYPES } from "../../../shared/domain.js";

const ZServer = z
  .object({
    url: z.string().max(500).optional(),
    host: z.string().max(255).optional(),
    port: z.number().int().min(1).max(65535).optional(),
    secure: z.boolean().optional(),
    user: z.string().max(255).optional(),
    pass: z.string().max(500).optional(),
  })
  .strict();

export { ZCall, ZMailbox, ZTicketOrigin, ZTimelineItem };

export const ZCreateMailbox = z
  .object({
    name: z.string().trim().min(1).max(100),
    address: z.string().trim().toLowerCase().email().max(254),
    imap: ZServer.optional(),
    smtp: ZServer.optional(),
    createUnknownCustomers: z.boolean().optional(),
  })
  .strict()
  .openapi("CreateMailbox");
export type TCreateMailbox = z.infer<typeof ZCreateMailbox>;

export const ZCreatedMailbox = z
  .object({ id: z.string(), address: z.string(), inboundToken: z.string() })
  .openapi("CreatedMailbox");

export const ZInboundResult = z
  .object({
    ticketId: z.string().nullable(),
    ticketNumber: z.string().nullable(),
    created: z.boolean(),
    messageId: z.string().nullable(),
    ignored: z.enum(["auto_reply", "bounce", "unknown_sender"]).optional(),
    duplicate: z.boolean().optional(),
  })
  .openapi("InboundMailResult");

export const ZLogCall = z
  .object({
    direction: z.enum(["inbound", "outbound"]),
    number: z.string().trim().min(3).max(40),
    durationSeconds: z.number().int().min(0).max(86_400),
    summary: z.string().trim().min(1).max(10_000),
    ticketRef: z.string().max(100).optional(),
    customerId: z.string().max(100).optional(),
    createTicket: z
      .object({ subject: z.string().trim().min(1).max(300), type: z.enum(TICKET_TYPES) })
      .optional(),
  })
  .strict()
  .openapi("LogCall");
export type TLogCall = z.infer<typeof ZLogCall>;
