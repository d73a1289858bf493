import { z } from "@hono/zod-openapi";

export const ZConversationParam = z.object({ id: z.string().min(1).max(64) });
export const ZAgentParam = z.object({ userId: z.string().min(1).max(64) });

export const ZStartChat = z
  .object({
    // The company's key (its help-centre slug): needed by anonymous visitors of its website.
    tenant: z.string().trim().min(1).max(100).optional(),
    name: z.string().trim().min(1).max(100).optional(),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9][0-9 ()-]{4,30}$/, "request.invalid_phone")
      .optional(),
    locale: z.enum(["zh-CN", "en"]).optional(),
  })
  .strict();

export const ZChatText = z.object({ text: z.string().trim().min(1).max(4000) }).strict();

export const ZChatTicketInput = z.object({ subject: z.string().trim().min(1).max(200).optional() }).strict();

// Resume a stream after this message number (the Last-Event-ID header does the same).
export const ZStreamQuery = z.object({ after: z.coerce.number().int().min(0).optional() });
