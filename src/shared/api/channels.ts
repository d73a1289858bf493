import { z } from "@hono/zod-openapi";

// Mailboxes, phone calls, a customer's cross-channel timeline and a ticket's origin as the API
// answers them (server route schemas and web types).
export const ZMailbox = z
  .object({
    id: z.string(),
    name: z.string(),
    address: z.string(),
    createUnknownCustomers: z.boolean(),
    hasImap: z.boolean(),
    hasSmtp: z.boolean(),
    createdAt: z.string(),
  })
  .openapi("Mailbox");

export const ZCall = z
  .object({
    id: z.string(),
    direction: z.enum(["inbound", "outbound"]),
    number: z.string(),
    durationSeconds: z.number(),
    summary: z.string(),
    ticketId: z.string().nullable(),
    ticketNumber: z.string().nullable(),
    customerId: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi("Call");

export const ZTimelineItem = z
  .object({
    at: z.string(),
    kind: z.enum(["ticket_opened", "message", "call"]),
    channel: z.string(),
    ticketId: z.string().nullable(),
    ticketNumber: z.string().nullable(),
    text: z.string(),
    from: z.string().nullable(),
  })
  .openapi("TimelineItem");

export const ZTicketOrigin = z
  .object({
    channel: z.string(),
    reporter: z.object({ id: z.string(), name: z.string(), role: z.string() }).nullable(),
    outlet: z.object({ id: z.string(), name: z.string() }).nullable(),
    customer: z
      .object({
        id: z.string(),
        name: z.string(),
        phone: z.string().nullable(),
        email: z.string().nullable(),
        preferredChannel: z.enum(["email", "sms"]),
        locale: z.enum(["zh-CN", "en"]).nullable(),
      })
      .nullable(),
  })
  .openapi("TicketOrigin");

export type Mailbox = z.infer<typeof ZMailbox>;
export type Call = z.infer<typeof ZCall>;
export type TimelineItem = z.infer<typeof ZTimelineItem>;
export type TicketOrigin = z.infer<typeof ZTicketOrigin>;
