import { z } from "@hono/zod-openapi";
import {
  RMA_ACTIONS,
  RMA_FOLLOW_UP_OUTCOMES,
  RMA_FOLLOW_UP_STAGES,
  RMA_KINDS,
  RMA_STATUSES,
} from "../rma.js";
import { RMA_SLA_STEPS } from "../rma-sla.js";
import { ZEntitlement, ZEvaluateEntitlement } from "../warranty.js";
import { isoDateTime } from "./iso-date-time.js";
import { ZRmaShipment } from "./parts.js";

// Returns and exchanges (RMA): the server's request and response schemas (with their OpenAPI names)
// and the web app's types (imported as types only, so zod stays out of the bundle).

const reason = z.string().trim().min(1).max(1000);
const code = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9._\-/]+$/, "request.invalid_code");

export const ZOpenRma = z
  .object({
    kind: z.enum(RMA_KINDS),
    // A supervisor's or admin's decision to go beyond the 三包 entitlement, with why.
    override: z.object({ reason }).strict().optional(),
    // What is wrong, when it is not a plain quality fault (misuse found at intake, a major part).
    fault: ZEvaluateEntitlement.shape.fault.optional(),
  })
  .strict()
  .openapi("OpenRma");

export const ZInspection = z
  .object({
    result: z.enum(["pass", "fail"]),
    faultCode: code.optional(),
    notes: z.string().trim().max(2000).optional(),
    checklist: z
      .array(z.object({ item: code, ok: z.boolean() }).strict())
      .max(30)
      .optional(),
    // The inspector's signature (their name as signed); the signed-in QA user's name by default.
    signature: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
  .openapi("RmaInspection");

const money = z
  .string()
  .regex(/^\d{1,10}(\.\d{1,2})?$/, "request.invalid_amount")
  .openapi({ example: "3899.00" });

export const ZRmaTransition = z
  .object({
    action: z.enum(RMA_ACTIONS),
    carrier: z.string().trim().min(1).max(50).optional(),
    trackingNo: code.optional(),
    replacementSerial: z
      .string()
      .trim()
      .min(3)
      .max(64)
      .regex(/^[A-Za-z0-9._\-/]+$/, "request.invalid_code")
      .optional(),
    amount: money.optional(),
    // A repair's days waiting for parts, and why (they extend the 三包 period).
    waitingPartsDays: z.number().int().min(0).max(3650).optional(),
    delayCause: z.enum(["producer_parts", "repairer", "other"]).optional(),
    // A follow-up call: its stage, whether the customer was reached, and staff's notes.
    stage: z.enum(RMA_FOLLOW_UP_STAGES).optional(),
    outcome: z.enum(RMA_FOLLOW_UP_OUTCOMES).optional(),
    notes: z.string().trim().min(1).max(2000).optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.action === "ship" && !b.trackingNo)
      ctx.addIssue({ code: "custom", path: ["trackingNo"], message: "rma.tracking_required" });
    if (b.action === "refund" && !b.amount)
      ctx.addIssue({ code: "custom", path: ["amount"], message: "rma.amount_required" });
    if (b.action === "follow_up" && !b.stage)
      ctx.addIssue({ code: "custom", path: ["stage"], message: "rma.follow_up_stage_required" });
    if (b.action === "follow_up" && !b.outcome)
      ctx.addIssue({ code: "custom", path: ["outcome"], message: "rma.follow_up_outcome_required" });
  })
  .openapi("RmaTransition");

const ZRmaStep = z.object({
  action: z.string(),
  from: z.string().nullable(),
  to: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  at: isoDateTime(),
  data: z.record(z.string(), z.unknown()),
});

export const ZRma = z
  .object({
    id: z.string(),
    number: z.string(),
    kind: z.enum(RMA_KINDS),
    status: z.enum(RMA_STATUSES),
    ticketId: z.string(),
    ticketNumber: z.string(),
    customerId: z.string(),
    unitSerial: z.string(),
    category: z.string().nullable(),
    entitlement: ZEntitlement,
    entitled: z.boolean(),
    // Staff only: who overrode the entitlement and why.
    override: z.object({ reason: z.string(), by: z.string().nullable() }).nullable().optional(),
    inspection: z
      .object({
        result: z.enum(["pass", "fail"]),
        faultCode: z.string().nullable().optional(),
        notes: z.string().nullable().optional(),
        checklist: z.array(z.object({ item: z.string(), ok: z.boolean() })).optional(),
        signature: z.string().optional(),
        by: z.string().optional(),
        at: isoDateTime(),
      })
      .nullable(),
    carrier: z.string().nullable(),
    trackingNo: z.string().nullable(),
    replacementSerial: z.string().nullable(),
    refundAmount: z.string().nullable(),
    // Invoice price less depreciation where the rules allow (a return), when the price is recorded.
    suggestedRefund: z.string().nullable().optional(),
    checklist: z.array(z.string()),
    // The open step's SLA target (QA after receipt, shipping after QA, the follow-up call after
    // shipping) and whether it has passed.
    due: z.array(z.object({ step: z.enum(RMA_SLA_STEPS), dueAt: isoDateTime(), overdue: z.boolean() })),
    steps: z.array(ZRmaStep),
    // The unit's trip on the shipment model: back from the customer, then out to them.
    shipments: z.array(ZRmaShipment),
    createdAt: isoDateTime(),
    updatedAt: isoDateTime(),
  })
  .openapi("Rma");

export const ZRmaQuery = z.object({
  status: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: "Comma-separated statuses; `qa` = the QA inspection queue" }),
  kind: z.enum(RMA_KINDS).optional(),
  ticket: z.string().max(100).optional(),
  unitSerial: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

export const ZRmaRefParam = z.object({ id: z.string().min(1).max(100) });
export const ZTicketRefParam = z.object({ ref: z.string().min(1).max(100) });

export type TOpenRma = z.infer<typeof ZOpenRma>;
export type TInspection = z.infer<typeof ZInspection>;
export type TRmaTransition = z.infer<typeof ZRmaTransition>;
export type TRma = z.infer<typeof ZRma>;
export type Rma = TRma;
export type InspectionInput = z.input<typeof ZInspection>;
export type RmaTransitionInput = z.input<typeof ZRmaTransition>;
export type OpenRmaInput = z.input<typeof ZOpenRma>;
