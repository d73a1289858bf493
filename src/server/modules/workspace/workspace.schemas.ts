import { z } from "@hono/zod-openapi";
import { PRIORITIES, TICKET_STATUSES, TICKET_TYPES } from "../../../shared/domain.js";

const id = z.string().min(1).max(100);

const bodies = z
  .object({
    "zh-CN": z.string().trim().min(1).max(20_000).optional(),
    en: z.string().trim().min(1).max(20_000).optional(),
  })
  .strict();
export const ZMacroInput = z
  .object({ name: z.string().trim().min(1).max(100), bodies, shared: z.boolean().optional() })
  .strict()
  .openapi("MacroInput");
export const ZMacroPatch = z
  .object({ name: z.string().trim().min(1).max(100).optional(), bodies: bodies.optional() })
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
