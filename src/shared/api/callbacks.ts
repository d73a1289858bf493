import { z } from "zod";
import { CUSTOMER_TIERS, TICKET_TYPES } from "../domain.js";

// 回访: the tenant's rules for which resolved tickets get a callback, and how callers work them.
const ZRetryStep = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("hours"), hours: z.number().int().min(1).max(168) }),
  z.object({ kind: z.literal("next_working_day") }),
  z.object({ kind: z.literal("days"), days: z.number().int().min(1).max(30) }),
]);

const ZCallbackScript = z.object({
  // null: the script for every type without its own.
  ticketType: z.enum(TICKET_TYPES).nullable(),
  zh: z.string().trim().min(1).max(4000),
  en: z.string().trim().min(1).max(4000),
});

export const ZCallbackSettings = z
  .object({
    enabled: z.boolean(),
    // Empty: every type / every tier.
    ticketTypes: z.array(z.enum(TICKET_TYPES)).max(TICKET_TYPES.length),
    tiers: z.array(z.enum(CUSTOMER_TIERS)).max(CUSTOMER_TIERS.length),
    samplePercent: z.number().int().min(0).max(100),
    // The first call, this long after the resolution (moved into the calling hours).
    delayHours: z.number().int().min(0).max(720),
    retryPlan: z.array(ZRetryStep).min(1).max(10),
    maxAttempts: z.number().int().min(1).max(10),
    // Unreachable after maxAttempts: confirm the ticket (closing it) or leave it to the desk.
    autoConfirm: z.boolean(),
    callingHours: z.object({ start: z.number().int().min(0).max(23), end: z.number().int().min(1).max(24) }),
    scripts: z.array(ZCallbackScript).max(TICKET_TYPES.length + 1),
  })
  .strict();
export type CallbackSettings = z.infer<typeof ZCallbackSettings>;

export const CALLBACK_ATTEMPT_OUTCOMES = ["no_answer", "busy", "wrong_number"] as const;
export const CALLBACK_RESULTS = ["fixed", "not_fixed", "complaint"] as const;
export type CallbackAttemptOutcome = (typeof CALLBACK_ATTEMPT_OUTCOMES)[number];
export type CallbackResult = (typeof CALLBACK_RESULTS)[number];

export const ZCallback = z.object({
  id: z.string(),
  ticketId: z.string(),
  ticketNumber: z.string(),
  ticketSubject: z.string(),
  ticketType: z.string(),
  ticketStatus: z.string(),
  customerId: z.string(),
  customerName: z.string().nullable(),
  customerPhone: z.string().nullable(),
  // open: waiting for a call (due at dueAt); done: a result was recorded; unreachable: the last
  // attempt went unanswered (auto-confirmed when the tenant's policy says so).
  status: z.enum(["open", "done", "unreachable"]),
  dueAt: z.string(),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  lastOutcome: z.enum(CALLBACK_ATTEMPT_OUTCOMES).nullable(),
  result: z.enum([...CALLBACK_RESULTS, "auto_confirmed"]).nullable(),
  score: z.number().int().nullable(),
  complaintTicketNumber: z.string().nullable(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
});
export type Callback = z.infer<typeof ZCallback>;

const ZCallbackAttempt = z.object({
  id: z.string(),
  outcome: z.enum(CALLBACK_ATTEMPT_OUTCOMES),
  note: z.string().nullable(),
  byName: z.string().nullable(),
  at: z.string(),
  nextDueAt: z.string().nullable(),
});

export const ZCallbackDetail = ZCallback.extend({
  script: z.object({ zh: z.string(), en: z.string() }).nullable(),
  note: z.string().nullable(),
  reason: z.string().nullable(),
  history: z.array(ZCallbackAttempt),
});
export type CallbackDetail = z.infer<typeof ZCallbackDetail>;
