import { z } from "@hono/zod-openapi";
import {
  COMPENSATION_KINDS,
  COMPLAINT_DEPARTMENTS,
  COMPLAINT_NATURES,
  COMPLAINT_SEVERITIES,
  COMPLAINT_STATUSES,
} from "../complaints.js";
import { CHANNELS, CUSTOMER_TIERS } from "../domain.js";
import { isoDateTime } from "./iso-date-time.js";

// Complaints (投诉): the server's request and response schemas and the web app's types (imported
// as types only, so zod stays out of the bundle).

const money = z
  .string()
  .regex(/^\d{1,10}(\.\d{1,2})?$/, "request.invalid_amount")
  .openapi({ example: "500.00" });
const text = (max: number) => z.string().trim().min(1).max(max);

export const ZRaiseComplaint = z
  .object({
    nature: z.enum(COMPLAINT_NATURES),
    // What the customer complains about; the original ticket's subject when left out.
    subject: text(200).optional(),
    description: text(5000),
    amountInvolved: money.optional(),
  })
  .strict()
  .openapi("RaiseComplaint");

export const ZUpdateComplaint = z
  .object({
    nature: z.enum(COMPLAINT_NATURES).optional(),
    // Staff may mark a complaint major by hand; nothing makes a major one general again.
    markMajor: z.literal(true).optional(),
    sourceChannel: z.enum(CHANNELS).optional(),
    amountInvolved: money.nullable().optional(),
  })
  .strict()
  .openapi("UpdateComplaint");

export const ZAddParticipant = z
  .object({
    department: z.enum(COMPLAINT_DEPARTMENTS),
    userId: z.string().min(1).max(100).optional(),
    teamId: z.string().min(1).max(100).optional(),
    task: text(1000),
    dueAt: z.iso.datetime({ offset: true }),
  })
  .strict()
  .openapi("AddComplaintParticipant");

export const ZCompleteTask = z.object({ note: z.string().trim().max(2000).optional() }).strict();

export const ZComplaintPlan = z
  .object({
    rootCause: text(4000),
    compensationKind: z.enum(COMPENSATION_KINDS),
    compensationAmount: money,
    correctiveAction: text(4000),
    // A link to the improvement backlog (a URL or an item key) once there is one.
    improvementRef: z.string().trim().max(500).optional(),
    accountableWho: z.string().trim().max(200).optional(),
    accountableWhat: z.string().trim().max(2000).optional(),
  })
  .strict()
  .openapi("ComplaintPlan");

export const ZApprovePlan = z.object({ note: z.string().trim().max(2000).optional() }).strict();
export const ZRejectPlan = z.object({ reason: text(2000) }).strict();

export const ZExecution = z
  .object({
    compensationExecuted: z.literal(true),
    correctiveDone: z.literal(true),
    note: z.string().trim().max(2000).optional(),
  })
  .strict()
  .openapi("ComplaintExecution");

export const ZComplaintParticipant = z
  .object({
    id: z.string(),
    complaintId: z.string(),
    ticketNumber: z.string(),
    department: z.enum(COMPLAINT_DEPARTMENTS),
    userId: z.string().nullable(),
    userName: z.string().nullable(),
    teamId: z.string().nullable(),
    teamName: z.string().nullable(),
    task: z.string(),
    dueAt: isoDateTime(),
    doneAt: isoDateTime().nullable(),
    doneNote: z.string().nullable(),
    overdue: z.boolean(),
  })
  .openapi("ComplaintParticipant");

const plan = z.object({
  rootCause: z.string().nullable(),
  compensationKind: z.enum(COMPENSATION_KINDS).nullable(),
  compensationAmount: z.string().nullable(),
  correctiveAction: z.string().nullable(),
  improvementRef: z.string().nullable(),
  accountableWho: z.string().nullable(),
  accountableWhat: z.string().nullable(),
  by: z.string().nullable(),
  byName: z.string().nullable(),
  at: isoDateTime().nullable(),
});

export const ZComplaint = z
  .object({
    id: z.string(),
    view: z.literal("staff"),
    ticketId: z.string(),
    ticketNumber: z.string(),
    customerId: z.string(),
    customerName: z.string().nullable(),
    unitSerial: z.string().nullable(),
    productId: z.string().nullable(),
    productName: z.string().nullable(),
    originTicketNumber: z.string().nullable(),
    sourceChannel: z.enum(CHANNELS),
    nature: z.enum(COMPLAINT_NATURES),
    severity: z.enum(COMPLAINT_SEVERITIES),
    majorReasons: z.array(z.object({ reason: z.string(), detail: z.string().optional() })),
    amountInvolved: z.string().nullable(),
    status: z.enum(COMPLAINT_STATUSES),
    escalatedTo: z.string().nullable(),
    escalatedToName: z.string().nullable(),
    escalatedAt: isoDateTime().nullable(),
    plan,
    approvedBy: z.string().nullable(),
    approvedByName: z.string().nullable(),
    approvedAt: isoDateTime().nullable(),
    rejectionReason: z.string().nullable(),
    rejectedAt: isoDateTime().nullable(),
    compensationExecutedAt: isoDateTime().nullable(),
    correctiveDoneAt: isoDateTime().nullable(),
    executionNote: z.string().nullable(),
    satisfaction: z.enum(["satisfied", "not_satisfied", "no_answer"]).nullable(),
    reopenCount: z.number(),
    reopenReason: z.string().nullable(),
    participants: z.array(ZComplaintParticipant),
    createdAt: isoDateTime(),
    updatedAt: isoDateTime(),
  })
  .openapi("Complaint");

// What the customer sees: progress, and the compensation once it is approved. Never the root
// cause, the accountability, the major reasons or internal notes.
const ZComplaintProjection = z
  .object({
    id: z.string(),
    view: z.literal("customer"),
    ticketNumber: z.string(),
    nature: z.enum(COMPLAINT_NATURES),
    status: z.enum(COMPLAINT_STATUSES),
    compensationKind: z.enum(COMPENSATION_KINDS).nullable(),
    compensationAmount: z.string().nullable(),
    satisfaction: z.enum(["satisfied", "not_satisfied", "no_answer"]).nullable(),
  })
  .openapi("ComplaintForCustomer");

export const ZComplaintView = z.union([ZComplaint, ZComplaintProjection]);

export const ZComplaintRow = z
  .object({
    id: z.string(),
    ticketNumber: z.string(),
    subject: z.string(),
    customerName: z.string().nullable(),
    productName: z.string().nullable(),
    unitSerial: z.string().nullable(),
    sourceChannel: z.enum(CHANNELS),
    nature: z.enum(COMPLAINT_NATURES),
    severity: z.enum(COMPLAINT_SEVERITIES),
    status: z.enum(COMPLAINT_STATUSES),
    compensationKind: z.enum(COMPENSATION_KINDS).nullable(),
    compensationAmount: z.string().nullable(),
    satisfaction: z.enum(["satisfied", "not_satisfied", "no_answer"]).nullable(),
    reopenCount: z.number(),
    createdAt: isoDateTime(),
    closedAt: isoDateTime().nullable(),
  })
  .openapi("ComplaintRow");

export const ZComplaintQuery = z.object({
  nature: z.enum(COMPLAINT_NATURES).optional(),
  severity: z.enum(COMPLAINT_SEVERITIES).optional(),
  status: z.enum(COMPLAINT_STATUSES).optional(),
  productId: z.string().max(100).optional(),
  from: z.iso.date().optional().openapi({ description: "Created on or after this day (tenant time)" }),
  to: z.iso.date().optional().openapi({ description: "Created on or before this day (tenant time)" }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

const ZMajorRules = z
  .object({
    repeatDays: z.number().int().min(0).max(365),
    safetyWords: z.array(text(50)).max(100),
    mediaWords: z.array(text(50)).max(100),
    tiers: z.array(z.enum(CUSTOMER_TIERS)),
    amountOver: z.number().min(0).max(1e9).nullable(),
  })
  .strict();

const limit = z.number().min(0).max(1e9).nullable();
const ZApprovalLimits = z
  .object({ admin: limit.optional(), supervisor: limit.optional(), agent: limit.optional() })
  .strict();

export const ZComplaintSettings = z
  .object({
    majorRules: ZMajorRules,
    approvalLimits: ZApprovalLimits,
    serviceManagerId: z.string().nullable(),
    userLimits: z.array(
      z.object({ userId: z.string(), name: z.string(), role: z.string(), limit: z.number().nullable() }),
    ),
  })
  .openapi("ComplaintSettings");

export const ZUpdateComplaintSettings = z
  .object({
    majorRules: ZMajorRules.optional(),
    approvalLimits: ZApprovalLimits.optional(),
    serviceManagerId: z.string().min(1).max(100).nullable().optional(),
  })
  .strict()
  .openapi("UpdateComplaintSettings");

export const ZUserApprovalLimit = z.object({ limit: limit }).strict().openapi("UserApprovalLimit");

export type Complaint = z.infer<typeof ZComplaint>;
export type ComplaintProjection = z.infer<typeof ZComplaintProjection>;
export type ComplaintView = z.infer<typeof ZComplaintView>;
export type ComplaintRow = z.infer<typeof ZComplaintRow>;
export type ComplaintParticipant = z.infer<typeof ZComplaintParticipant>;
export type ComplaintSettings = z.infer<typeof ZComplaintSettings>;
export type RaiseComplaintInput = z.input<typeof ZRaiseComplaint>;
export type UpdateComplaintInput = z.input<typeof ZUpdateComplaint>;
export type AddParticipantInput = z.input<typeof ZAddParticipant>;
export type ComplaintPlanInput = z.input<typeof ZComplaintPlan>;
export type ExecutionInput = z.input<typeof ZExecution>;
export type TRaiseComplaint = z.infer<typeof ZRaiseComplaint>;
export type TUpdateComplaint = z.infer<typeof ZUpdateComplaint>;
export type TAddParticipant = z.infer<typeof ZAddParticipant>;
export type TComplaintPlan = z.infer<typeof ZComplaintPlan>;
export type TExecution = z.infer<typeof ZExecution>;
export type TComplaintQuery = z.infer<typeof ZComplaintQuery>;
export type TUpdateComplaintSettings = z.infer<typeof ZUpdateComplaintSettings>;
