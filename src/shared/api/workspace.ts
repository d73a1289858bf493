import { z } from "zod";
import { PRIORITIES, TICKET_STATUSES, TICKET_TYPES, VISIBILITIES } from "../domain.js";
import { ZMessage, ZTicketDetail } from "./tickets.js";

const ZBodies = z.object({ "zh-CN": z.string().optional(), en: z.string().optional() });

// Statuses a macro may move a ticket to (the lifecycle decides, per ticket, whether it can).
const MACRO_STATUSES = [
  "in_progress",
  "pending_customer",
  "pending_parts",
  "pending_third_party",
  "resolved",
] as const;

// Fields a macro sets besides its text; the agent's client applies them through the ticket's own
// endpoints when the reply is sent (so each change has its history and audit entry).
export const ZMacroActions = z
  .object({
    status: z.enum(MACRO_STATUSES).optional(),
    priority: z.enum(PRIORITIES).optional(),
    addTags: z.array(z.string().trim().min(1).max(40)).max(10).optional(),
    teamId: z.string().max(100).nullable().optional(),
    // A user id, or "me" for whoever applies the macro.
    assigneeId: z.string().max(100).nullable().optional(),
  })
  .strict();
export type MacroActions = z.infer<typeof ZMacroActions>;

export const ZMacro = z.object({
  id: z.string(),
  name: z.string(),
  bodies: ZBodies,
  actions: ZMacroActions,
  shared: z.boolean(),
  ownerId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Macro = z.infer<typeof ZMacro>;

// What a rendered text says that the ticket contradicts (e.g. a warranty end already past).
const ZMacroWarning = z.object({
  code: z.literal("warranty_expired"),
  serial: z.string(),
  endsAt: z.string(),
});
export type MacroWarning = z.infer<typeof ZMacroWarning>;

export const ZRenderedMacro = z.object({
  body: z.string(),
  locale: z.enum(["zh-CN", "en"]),
  actions: ZMacroActions,
  warnings: z.array(ZMacroWarning),
});
export type RenderedMacro = z.infer<typeof ZRenderedMacro>;

// POST /tickets/{ref}/macros/{id}/apply: the reply and the macro's fields in one transaction.
export const ZApplyMacro = z
  .object({
    // The text as the agent edited it; omitted: the macro's text rendered on the server.
    body: z.string().trim().min(1).max(20_000).optional(),
    locale: z.enum(["zh-CN", "en"]).optional(),
    visibility: z.enum(VISIBILITIES).optional(),
    attachmentIds: z.array(z.string().max(100)).max(20).optional(),
    // Fields of the macro the agent dropped before sending.
    skip: z
      .array(z.enum(["status", "priority", "addTags", "teamId", "assigneeId"]))
      .max(5)
      .optional(),
    // "Send and …": this status instead of the macro's own.
    status: z.enum(MACRO_STATUSES).optional(),
  })
  .strict();
export type ApplyMacroInput = z.input<typeof ZApplyMacro>;

export const ZAppliedMacro = z.object({
  ticket: ZTicketDetail,
  message: ZMessage.nullable(),
  body: z.string(),
  locale: z.enum(["zh-CN", "en"]),
  warnings: z.array(ZMacroWarning),
  // The macro's status could not be reached from where the ticket stood; the rest applied.
  statusRefused: z.boolean(),
  // Answered from an earlier request with the same Idempotency-Key: nothing was applied again.
  replayed: z.boolean(),
});
export type AppliedMacro = z.infer<typeof ZAppliedMacro>;

// The filters GET /tickets understands, saved under a name.
export const ZViewFilters = z.object({
  status: z.array(z.enum(TICKET_STATUSES)).max(10).optional(),
  priority: z.array(z.enum(PRIORITIES)).max(3).optional(),
  type: z.array(z.enum(TICKET_TYPES)).max(10).optional(),
  assigneeId: z.string().max(100).optional(),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(["created_desc", "created_asc", "updated_desc", "priority"]).optional(),
});
export type ViewFilters = z.infer<typeof ZViewFilters>;

export const ZSavedView = z.object({
  id: z.string(),
  name: z.string(),
  filters: ZViewFilters,
  shared: z.boolean(),
  ownerId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SavedView = z.infer<typeof ZSavedView>;

export const ZViewCounts = z.object({
  items: z.array(z.object({ viewId: z.string(), name: z.string(), count: z.number().int() })),
});

// Someone else who has the ticket open right now (collision notice).
export const ZViewer = z.object({
  userId: z.string(),
  name: z.string(),
  typing: z.boolean(),
  expiresAt: z.string(),
});
export type Viewer = z.infer<typeof ZViewer>;

export const ZNotification = z.object({
  id: z.string(),
  kind: z.string(),
  ticketId: z.string().nullable(),
  // What the notice says, by kind (a trigger's message and ticket number, a failed webhook…).
  data: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof ZNotification>;

export const ZReadCount = z.object({ count: z.number().int() });
