import { z } from "zod";
import {
  CHANNELS,
  PRIORITIES,
  TICKET_STATUSES,
  TICKET_TYPES,
  VISIBILITIES,
  WARRANTY_STATUSES,
} from "../../../shared/domain.js";
import type { Role } from "../../../shared/roles.js";
import { defineEvent, type EventOf, projectExternal } from "../../platform/events.js";

// Every entry a ticket's history can hold, declared once: producers build them, subscribers read
// them, and `external` says what a customer or dealer sees of each (GET /tickets/{ref}/events).
// A new event type must be declared here, with its external view, before anyone can write it.

const status = z.enum(TICKET_STATUSES);
// Set by routing and triggers on the changes they make, so they do not react to their own changes.
const origin = z.string().optional();
const reason = z.string().nullable().optional();

const CreatedEvent = defineEvent(
  "created",
  z.object({
    number: z.string(),
    type: z.enum(TICKET_TYPES),
    priority: z.enum(PRIORITIES),
    channel: z.enum(CHANNELS),
    customerId: z.string(),
    unitSerial: z.string().nullable().optional(),
    warrantyStatus: z.enum(WARRANTY_STATUSES).nullable().optional(),
    attachments: z.number().optional(),
  }),
  { external: { fields: ["number", "type", "channel", "unitSerial", "warrantyStatus", "attachments"] } },
);

const StatusChangedEvent = defineEvent(
  "status_changed",
  z.object({ from: status, to: status, action: z.string(), reason, origin }),
  // A pend or resolve reason is staff's working note; the customer's own reject/reopen reason is theirs.
  { external: { fields: ["from", "to", "action"], ifExternal: ["reason"] } },
);

const FieldChangedEvent = defineEvent(
  "field_changed",
  z.object({ field: z.string(), from: z.unknown(), to: z.unknown(), origin }),
  // Priority, team and tags are triage fields.
  { external: "hidden" },
);

export const AssignedEvent = defineEvent(
  "assigned",
  z.object({
    from: z.string().nullable(),
    to: z.string().nullable(),
    rule: z.enum(["manual", "auto", "first_contact", "trigger", "escalation"]),
    // Why: a manual reassignment's note, routing's scoring, the triggers that fired.
    reason: z.unknown().optional(),
    origin,
  }),
  { external: { fields: ["to"] } },
);

const EscalatedEvent = defineEvent(
  "escalated",
  z.object({
    from: z.number(),
    to: z.number(),
    reason,
    // Set when the SLA ladder raised the level (absent for a manual escalation).
    level: z.number().optional(),
    source: z.enum(["policy", "manual", "golden"]).optional(),
    notifyRoles: z.array(z.string()).optional(),
    assignedTo: z.string().nullable().optional(),
    golden: z.boolean().optional(),
    deadlineAt: z.string().optional(),
  }),
  { external: "hidden" },
);

const EscalationStepEvent = defineEvent(
  "escalation_step",
  z.object({
    level: z.number(),
    source: z.enum(["policy", "manual", "golden"]),
    notifyRoles: z.array(z.string()),
    assignedTo: z.string().nullable(),
    golden: z.boolean().optional(),
    deadlineAt: z.string().optional(),
  }),
  { external: "hidden" },
);

const MessageAddedEvent = defineEvent(
  "message_added",
  z.object({ messageId: z.string(), visibility: z.enum(VISIBILITIES), channel: z.enum(CHANNELS), origin }),
  // An internal note leaves no trace at all.
  { external: { fields: ["messageId", "visibility", "channel"], onlyIf: (d) => d.visibility === "public" } },
);

const FirstResponseEvent = defineEvent(
  "first_response",
  z.object({ messageId: z.string(), minutes: z.number() }),
  { external: { fields: ["messageId"] } },
);

const AutoClosedEvent = defineEvent(
  "auto_closed",
  z.object({ from: status, to: status, afterDays: z.number() }),
  { external: { fields: ["from", "to", "afterDays"] } },
);

const TriggersFiredEvent = defineEvent(
  "triggers_fired",
  z.object({ triggers: z.array(z.object({ id: z.string(), name: z.string() })), origin }),
  { external: "hidden" },
);

// A trigger action whose target may no longer be used (not active staff, a team that is gone).
const TriggerActionSkippedEvent = defineEvent(
  "trigger_action_skipped",
  z.object({ action: z.string(), target: z.string(), reason: z.string(), origin }),
  { external: "hidden" },
);

const slaClock = z.object({ status });
const SlaPausedEvent = defineEvent("sla_paused", slaClock, { external: "hidden" });
const SlaResumedEvent = defineEvent("sla_resumed", slaClock, { external: "hidden" });

const slaTimer = z.object({ metric: z.string(), dueAt: z.string().nullable() });
const SlaWarningEvent = defineEvent("sla_warning", slaTimer, { external: "hidden" });
const SlaBreachedEvent = defineEvent("sla_breached", slaTimer, { external: "hidden" });

const SlaPolicyChangedEvent = defineEvent(
  "sla_policy_changed",
  z.object({ from: z.string().nullable(), to: z.string(), reason: z.string(), tier: z.string() }),
  { external: "hidden" },
);

// RMA orders (rma module) record each of their steps on the ticket. The customer follows the
// progress, tracking numbers, the replacement and the refund; an override's reason, QA's notes,
// fault code and signature are staff's.
const RmaOpenedEvent = defineEvent(
  "rma_opened",
  z.object({
    rmaId: z.string(),
    number: z.string(),
    kind: z.string(),
    status: z.string(),
    entitled: z.boolean(),
    overrideReason: z.string().nullable().optional(),
  }),
  { external: { fields: ["number", "kind", "status"] } },
);

const RmaStepEvent = defineEvent(
  "rma_step",
  z.object({
    rmaId: z.string(),
    number: z.string(),
    kind: z.string(),
    action: z.string(),
    from: z.string(),
    to: z.string(),
    result: z.enum(["pass", "fail"]).optional(),
    faultCode: z.string().nullable().optional(),
    notes: z.string().nullable().optional(),
    signature: z.string().optional(),
    carrier: z.string().nullable().optional(),
    trackingNo: z.string().optional(),
    replacementSerial: z.string().optional(),
    replacementWarrantyEndsAt: z.string().optional(),
    amount: z.string().optional(),
    // A follow-up call (回访): before or after shipment, and whether the customer was reached.
    stage: z.enum(["before_shipment", "after_shipment"]).optional(),
    outcome: z.enum(["reached", "no_answer"]).optional(),
  }),
  {
    external: {
      fields: [
        "number",
        "kind",
        "action",
        "from",
        "to",
        "result",
        "carrier",
        "trackingNo",
        "replacementSerial",
        "replacementWarrantyEndsAt",
        "amount",
        "stage",
        "outcome",
      ],
    },
  },
);

// Field visits (field module) record each step on the ticket. The customer follows the window,
// the technician's name and the progress; check-in coordinates, work notes and parts are staff's.
const VisitStepEvent = defineEvent(
  "visit_step",
  z.object({
    visitId: z.string(),
    kind: z.string(),
    action: z.string(),
    from: z.string().nullable(),
    to: z.string(),
    windowStart: z.string().nullable().optional(),
    windowEnd: z.string().nullable().optional(),
    technicianId: z.string().nullable().optional(),
    technicianName: z.string().nullable().optional(),
    lat: z.number().nullable().optional(),
    lng: z.number().nullable().optional(),
    partNo: z.string().optional(),
    qty: z.number().optional(),
    notes: z.string().nullable().optional(),
    followUp: z.boolean().optional(),
    /** a remote diagnosis's outcome at its check-out */
    remoteOutcome: z.string().optional(),
    /** "on the way": the expected arrival the customer was told */
    eta: z.string().nullable().optional(),
    /** a ticked SOP checklist step */
    stepId: z.string().optional(),
  }),
  {
    external: {
      fields: ["kind", "action", "from", "to", "windowStart", "windowEnd", "technicianName", "eta"],
    },
  },
);

// SOP checklist steps ticked (or unticked) on the ticket page (knowledge module): staff's own
// working record, with the step's text as it read when ticked.
const SopStepEvent = defineEvent(
  "sop_step",
  z.object({
    sopId: z.string(),
    sop: z.string(),
    sopEn: z.string(),
    stepId: z.string(),
    step: z.string(),
    stepEn: z.string(),
    done: z.boolean(),
  }),
  { external: "hidden" },
);

// Articles linked to the ticket (knowledge module): the solution staff used or wrote from it.
const ArticleLinkedEvent = defineEvent(
  "article_linked",
  z.object({
    articleId: z.string(),
    title: z.string(),
    linked: z.boolean(),
    created: z.boolean().optional(),
  }),
  { external: "hidden" },
);

// Complaints (complaints module) record each step on the complaint ticket (and "raised" on the
// ticket it came from). The customer follows the progress and, once approved, the compensation;
// the root cause, accountability, major reasons, rejections and internal notes are staff's.
const CUSTOMER_COMPLAINT_STEPS = [
  "opened",
  "raised",
  "plan_approved",
  "executed",
  "satisfied",
  "not_satisfied",
];
const ComplaintStepEvent = defineEvent(
  "complaint_step",
  z.object({
    complaintId: z.string(),
    action: z.string(),
    status: z.string(),
    severity: z.string().optional(),
    nature: z.string().optional(),
    majorReasons: z.array(z.string()).optional(),
    complaintNumber: z.string().optional(),
    compensationKind: z.string().nullable().optional(),
    compensationAmount: z.string().nullable().optional(),
    assignedTo: z.string().nullable().optional(),
    participant: z.record(z.string(), z.unknown()).optional(),
    plan: z.record(z.string(), z.unknown()).optional(),
    reason: z.string().nullable().optional(),
    note: z.string().nullable().optional(),
  }),
  {
    external: {
      fields: ["action", "status", "complaintNumber", "compensationKind", "compensationAmount"],
      onlyIf: (d) => CUSTOMER_COMPLAINT_STEPS.includes(d.action),
    },
  },
);

// A 回访 callback (callbacks module): every attempt and its result. The customer sees that we
// called, which attempt it was and how it ended; the caller's notes stay with the callback, and
// the reason (a reopen's, an auto-confirmation's) is staff's wording.
const CALLBACK_OUTCOMES = [
  "no_answer",
  "busy",
  "wrong_number",
  "confirmed",
  "reopened",
  "complaint",
  "auto_confirmed",
] as const;
const CallbackEvent = defineEvent(
  "callback",
  z.object({
    callbackId: z.string(),
    outcome: z.enum(CALLBACK_OUTCOMES),
    attempt: z.number(),
    score: z.number().nullable().optional(),
    complaintNumber: z.string().nullable().optional(),
    reason,
  }),
  { external: { fields: ["outcome", "attempt", "score", "complaintNumber"] } },
);

// A merge: the closed ticket names the one it went into, the survivor the one it took in. The
// customer sees both numbers (their request lives on under the other number); the reason is staff's.
const MergedIntoEvent = defineEvent(
  "merged_into",
  z.object({ into: z.string(), intoId: z.string(), reason }),
  { external: { fields: ["into"] } },
);
const MergedFromEvent = defineEvent(
  "merged_from",
  z.object({ from: z.string(), fromId: z.string(), reason }),
  { external: { fields: ["from"] } },
);

// The customer's rating after the request closed (1–5); the comment stays in ticket_ratings.
const RatedEvent = defineEvent("rated", z.object({ score: z.number().int() }), {
  external: { fields: ["score"] },
});

export const TICKET_EVENTS = [
  CreatedEvent,
  StatusChangedEvent,
  FieldChangedEvent,
  AssignedEvent,
  EscalatedEvent,
  EscalationStepEvent,
  MessageAddedEvent,
  FirstResponseEvent,
  AutoClosedEvent,
  TriggersFiredEvent,
  TriggerActionSkippedEvent,
  SlaPausedEvent,
  SlaResumedEvent,
  SlaWarningEvent,
  SlaBreachedEvent,
  SlaPolicyChangedEvent,
  RmaOpenedEvent,
  RmaStepEvent,
  VisitStepEvent,
  SopStepEvent,
  ArticleLinkedEvent,
  ComplaintStepEvent,
  MergedIntoEvent,
  MergedFromEvent,
  RatedEvent,
  CallbackEvent,
] as const;

// One history entry as producers write it and subscribers read it: narrowing on `type` gives `data`.
export type TicketEvent = EventOf<(typeof TICKET_EVENTS)[number]>;

const byType = new Map<string, (typeof TICKET_EVENTS)[number]>(TICKET_EVENTS.map((d) => [d.type, d]));

// The origin a routing or trigger change stamps on its events (see `origin` above).
export const originOf = (e: TicketEvent): string | undefined =>
  "origin" in e.data && typeof e.data.origin === "string" ? e.data.origin : undefined;

// What a customer or dealer sees of a stored event, or null when it is hidden from them: the one
// place the `external` declarations are applied. `author` is the role of whoever wrote the event.
export function externalView(
  type: string,
  data: Record<string, unknown>,
  author: Role | null,
): Record<string, unknown> | null {
  const projection = byType.get(type)?.external as Parameters<typeof projectExternal>[0];
  return projectExternal(projection, data, author === "customer" || author === "dealer");
}
