import { z } from "@hono/zod-openapi";
import { ZMacroActions, ZViewFilters } from "../../../shared/api/workspace.js";

const id = z.string().min(1).max(100);

const bodies = z
  .object({
    "zh-CN": z.string().trim().min(1).max(20_000).optional(),
    en: z.string().trim().min(1).max(20_000).optional(),
  })
  .strict();
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

const ZFilters = ZViewFilters.strict();
export const ZViewInput = z
  .object({ name: z.string().trim().min(1).max(100), filters: ZFilters, shared: z.boolean().optional() })
  .strict()
  .openapi("ViewInput");
export const ZViewPatch = ZViewInput.partial();
export const ZViewing = z.object({ typing: z.boolean().optional() }).strict();
export const ZRefParam = z.object({ ref: z.string().min(1).max(100) });
export const ZMacroOnTicket = z.object({ ref: z.string().min(1).max(100), id });
// A client's key for one logical request: a retry with the same key is answered, not re-applied.
export const ZIdempotencyHeader = z.object({
  "idempotency-key": z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: "Same key, same answer: a retried apply changes nothing twice" }),
});
export const ZUnreadQuery = z.object({ unread: z.enum(["true", "false"]).optional() });
