import { z } from "@hono/zod-openapi";
import { NODE_LEVELS } from "../../../shared/api/field.js";
import { isDivision } from "../../../shared/divisions.js";
import { zCalendarDate } from "../../../shared/warranty.js";
import { VISIT_ACTIONS } from "./visit-states.js";

const code = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9._\-/]+$/, "request.invalid_code");
const skill = z.string().trim().min(1).max(64);
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "request.invalid_time");

export const ZCreateNode = z
  .object({
    code,
    name: z.string().trim().min(1).max(200),
    level: z.enum(NODE_LEVELS),
    parentId: z.string().min(1).max(100).optional(),
    partner: z.boolean().optional(),
  })
  .strict()
  .openapi("CreateNetworkNode");

export const ZPutCoverage = z
  .object({
    divisions: z
      .array(
        z
          .string()
          .regex(/^\d{2}(\d{2}){0,2}$/, "request.invalid_division")
          .refine(isDivision, "request.invalid_division"),
      )
      .max(500),
  })
  .strict()
  .openapi("PutNodeCoverage");

export const ZAttachStaff = z
  .object({ nodeId: z.string().min(1).max(100) })
  .strict()
  .openapi("AttachStaff");

export const ZPutTechnician = z
  .object({
    nodeId: z.string().min(1).max(100),
    skills: z.array(skill).max(30),
    workDays: z.array(z.number().int().min(1).max(7)).max(7).default([1, 2, 3, 4, 5]),
    shiftStart: hhmm.default("09:00"),
    shiftEnd: hhmm.default("18:00"),
    vanSite: code.optional(),
    homeLat: z.number().min(-90).max(90).optional(),
    homeLng: z.number().min(-180).max(180).optional(),
  })
  .strict()
  .refine((t) => t.shiftStart < t.shiftEnd, { path: ["shiftEnd"], message: "request.invalid_time" })
  .openapi("PutTechnician");

const VISIT_KINDS = ["installation", "delivery", "repair", "maintenance", "inspection", "remote"] as const;

const ZTemplateStep = z
  .object({
    zh: z.string().trim().min(1).max(200),
    en: z.string().trim().min(1).max(200),
    required: z.boolean().default(true),
  })
  .strict();

// A template replaced as a whole; an empty list of steps removes it.
export const ZPutChecklistTemplate = z
  .object({
    kind: z.enum(VISIT_KINDS),
    productLine: skill.optional(),
    steps: z.array(ZTemplateStep).max(40),
  })
  .strict()
  .openapi("PutChecklistTemplate");
export type TPutChecklistTemplate = z.infer<typeof ZPutChecklistTemplate>;

export const ZTickChecklist = z
  .object({ stepId: z.string().min(1).max(40), done: z.boolean().default(true) })
  .strict()
  .openapi("TickChecklist");
export type TTickChecklist = z.infer<typeof ZTickChecklist>;

export const ZCreateVisit = z
  .object({
    kind: z.enum(VISIT_KINDS),
    nodeId: z.string().min(1).max(100),
    durationMinutes: z.number().int().min(15).max(480).default(90),
    // A remote diagnosis (phone or video call) goes nowhere: it needs no address.
    address: z.string().trim().min(1).max(500).optional(),
    requiredSkills: z.array(skill).max(10).default([]),
    lat: z.number().min(-90).max(90).optional(),
    lng: z.number().min(-180).max(180).optional(),
  })
  .strict()
  .refine((v) => v.kind === "remote" || v.address !== undefined, {
    path: ["address"],
    message: "request.address_required",
  })
  .openapi("CreateVisit");

export const ZBookVisit = z
  .object({
    start: z.string().datetime({ offset: true }),
    // Staff moving a visit inside the notice period say why; recorded on the history.
    reason: z.string().trim().min(1).max(500).optional(),
  })
  .strict()
  .openapi("BookVisit");

export const ZAssignVisit = z
  .object({
    technicianId: z.string().min(1).max(100),
    start: z.string().datetime({ offset: true }).optional(),
  })
  .strict()
  .openapi("AssignVisit");

// The phone app's offline queue resends an action with the key it was first sent with.
export const ZActionKeyHeader = z.object({
  "idempotency-key": z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: "Same key, same action applied once: a resent action changes nothing twice" }),
});
export const ZVisitStep = z
  .object({
    action: z.enum(VISIT_ACTIONS),
    lat: z.number().min(-90).max(90).optional(),
    lng: z.number().min(-180).max(180).optional(),
    notes: z.string().trim().max(4000).optional(),
    // On check-out: the work is not finished (another visit, parts to order), so the ticket stays
    // open for the agent instead of going to the customer's confirmation.
    followUp: z.boolean().optional(),
    // On a remote diagnosis's check-out: solved remotely, or an on-site visit is needed (created
    // from it, at `onsiteAddress` or the customer's street address).
    remoteOutcome: z.enum(["solved_remotely", "needs_onsite"]).optional(),
    onsiteAddress: z.string().trim().min(1).max(500).optional(),
  })
  .strict()
  .openapi("VisitStep");

export const ZVisitPartUse = z
  .object({ partNo: code, qty: z.number().int().min(1).max(100), site: code.optional() })
  .strict()
  .openapi("VisitPartUse");

export const ZVisitSignature = z
  .object({
    // The signature drawn on the screen, as a PNG data URL (signature_pad's toDataURL()).
    image: z
      .string()
      .max(400_000)
      .regex(/^data:image\/png;base64,[A-Za-z0-9+/=]+$/, "request.invalid_signature"),
    signedBy: z.string().trim().min(1).max(100),
  })
  .strict()
  .openapi("VisitSignature");

// A photo taken on site, re-encoded by the phone (JPEG or PNG) and sent as a data URL, so the
// offline queue keeps it like any other action. The bytes are sniffed on arrival.
export const ZVisitPhoto = z
  .object({
    image: z
      .string()
      .max(990_000)
      .regex(/^data:image\/(jpeg|png);base64,[A-Za-z0-9+/=]+$/, "request.invalid_photo"),
  })
  .strict()
  .openapi("VisitPhoto");
export type TVisitPhoto = z.infer<typeof ZVisitPhoto>;

export const ZVisitRating = z
  .object({
    stars: z.number().int().min(1).max(5),
    comment: z.string().trim().max(1000).optional(),
  })
  .strict()
  .openapi("VisitRating");

export const ZDeliverySignoff = z
  .object({
    model: z.string().trim().min(1).max(200),
    quantity: z.number().int().min(1).max(999),
    condition: z.enum(["intact", "damaged"]),
    // What is damaged: required when the goods arrive damaged.
    note: z.string().trim().max(1000).optional(),
  })
  .strict()
  .refine((d) => d.condition === "intact" || (d.note ?? "").length > 0, {
    path: ["note"],
    message: "request.damage_note_required",
  })
  .openapi("DeliverySignoff");

export const ZVisitQuery = z.object({
  technicianId: z.string().max(100).optional(),
  ticketRef: z.string().max(100).optional(),
  day: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});
export const ZTicketRefParam = z.object({ ref: z.string().min(1).max(100) });

export type TCreateNode = z.infer<typeof ZCreateNode>;
export type TAttachStaff = z.infer<typeof ZAttachStaff>;
export const ZAddCertification = z
  .object({
    skill,
    name: z.string().trim().min(1).max(200),
    issuedOn: zCalendarDate,
    expiresOn: zCalendarDate,
  })
  .strict()
  .refine((c) => c.issuedOn <= c.expiresOn, { path: ["expiresOn"], message: "request.invalid_date" })
  .openapi("AddCertification");

export type TAddCertification = z.infer<typeof ZAddCertification>;
export type TPutTechnician = z.infer<typeof ZPutTechnician>;
export type TCreateVisit = z.infer<typeof ZCreateVisit>;
export type TVisitStep = z.infer<typeof ZVisitStep>;
export type TVisitPartUse = z.infer<typeof ZVisitPartUse>;
export type TVisitSignature = z.infer<typeof ZVisitSignature>;
export type TVisitRating = z.infer<typeof ZVisitRating>;
export type TDeliverySignoff = z.infer<typeof ZDeliverySignoff>;
