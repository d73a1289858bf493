import { z } from "zod";

// Response shapes of the field service API (network, technicians, visits), shared by the server's
// routes and the web app (types only).
export const NODE_LEVELS = ["hq", "region", "outlet"] as const;

export const ZNetworkNode = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  level: z.enum(NODE_LEVELS),
  code: z.string(),
  name: z.string(),
  partner: z.boolean(),
  createdAt: z.string(),
});
export type NetworkNode = z.infer<typeof ZNetworkNode>;

// A node's coverage areas: GB/T 2260 divisions with their names ("上海市 徐汇区").
const ZDivision = z.object({ code: z.string(), name: z.string() });
export const ZNodeCoverage = z.object({ nodeId: z.string(), divisions: z.array(ZDivision) });
export type NodeCoverage = z.infer<typeof ZNodeCoverage>;

// The coverage report: customers with a structured address inside some node's areas.
export const ZCoverageReport = z.object({
  customers: z.number().int(),
  withAddress: z.number().int(),
  covered: z.number().int(),
  share: z.number().nullable(),
  goal: z.number(),
  meetsGoal: z.boolean(),
  gaps: z.array(ZDivision.extend({ customers: z.number().int() })),
});
export type CoverageReport = z.infer<typeof ZCoverageReport>;

// A service report's public verification page (/r/{token}): its essentials and its hash.
export const ZReportVerification = z.object({
  company: z.string(),
  number: z.string(),
  kind: z.string(),
  date: z.string().nullable(),
  checkedInAt: z.string().nullable(),
  technician: z.string(),
  work: z.string(),
  parts: z.array(z.object({ partNo: z.string(), name: z.string(), qty: z.number() })),
  signedBy: z.string(),
  signedAt: z.string().nullable(),
  hash: z.string(),
});
export type ReportVerification = z.infer<typeof ZReportVerification>;

// The node that now handles a ticket (PUT /tickets/{ref}/node).
export const ZTicketNode = z.object({ ticketNumber: z.string(), nodeId: z.string(), nodeName: z.string() });

export const ZTechnician = z.object({
  userId: z.string(),
  name: z.string(),
  nodeId: z.string(),
  skills: z.array(z.string()),
  workDays: z.array(z.number().int()),
  shiftStart: z.string(),
  shiftEnd: z.string(),
  vanSite: z.string().nullable(),
  homeLat: z.number().nullable(),
  homeLng: z.number().nullable(),
});
export type Technician = z.infer<typeof ZTechnician>;

export const ZCertification = z.object({
  id: z.string(),
  userId: z.string(),
  skill: z.string(),
  name: z.string(),
  issuedOn: z.string(),
  expiresOn: z.string(),
  // Expired on the tenant's today: the technician is not offered for visits needing this skill.
  expired: z.boolean(),
});
export type Certification = z.infer<typeof ZCertification>;

const ZVisitPart = z.object({ partNo: z.string(), name: z.string(), qty: z.number().int() });
const ZChecklistStep = z.object({ id: z.string(), zh: z.string(), en: z.string(), required: z.boolean() });
const ZVisitChecklistStep = ZChecklistStep.extend({ done: z.boolean(), doneAt: z.string().nullable() });
export const ZChecklistTemplate = z.object({
  kind: z.string(),
  productLine: z.string(),
  steps: z.array(ZChecklistStep),
  updatedAt: z.string(),
});
export const ZChecklistTemplates = z.object({ items: z.array(ZChecklistTemplate) });

export const ZVisit = z.object({
  id: z.string(),
  ticketNumber: z.string(),
  customerId: z.string(),
  nodeId: z.string(),
  kind: z.string(),
  durationMinutes: z.number().int(),
  address: z.string(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  requiredSkills: z.array(z.string()),
  windowStart: z.string().nullable(),
  windowEnd: z.string().nullable(),
  technicianId: z.string().nullable(),
  technicianName: z.string().nullable(),
  /** planned arrival set by a dispatch plan (orders the technician's round) */
  plannedStart: z.string().nullable(),
  status: z.string(),
  checkedInAt: z.string().nullable(),
  checkedOutAt: z.string().nullable(),
  workNotes: z.string().nullable(),
  parts: z.array(ZVisitPart),
  /** the SOP checklist the technician works through (required steps gate the check-out) */
  checklist: z.array(ZVisitChecklistStep),
  signed: z.boolean(),
  signedBy: z.string().nullable(),
  /** the customer's rating given on the phone after signing (1–5), once per visit */
  rating: z.number().int().nullable(),
  ratingComment: z.string().nullable(),
  /** a delivery's sign-off: what was handed over and its condition (signed for by the customer) */
  delivery: z
    .object({
      model: z.string(),
      quantity: z.number().int(),
      condition: z.enum(["intact", "damaged"]),
      note: z.string().nullable(),
      at: z.string(),
    })
    .nullable(),
  /** photos taken on site, oldest first: GET /visits/{id}/photos/{photoId} */
  photos: z.array(z.object({ id: z.string(), contentType: z.string(), takenAt: z.string() })),
  /** a remote diagnosis's outcome, and the on-site visit it led to */
  remoteOutcome: z.enum(["solved_remotely", "needs_onsite"]).nullable(),
  followUpVisitId: z.string().nullable(),
  verifyPath: z.string().nullable(),
  /** while the technician is on the way: the expected arrival the customer was told */
  etaAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Visit = z.infer<typeof ZVisit>;

const ZVisitSlot = z.object({ start: z.string(), end: z.string() });
export const ZVisitSlots = z.object({ items: z.array(ZVisitSlot) });
export type VisitSlot = z.infer<typeof ZVisitSlot>;

/** Remote diagnoses finished per month and product line, and how many solved the problem remotely. */
export const ZRemoteDiagnosisSuccess = z.object({
  /** the first month counted (YYYY-MM, the tenant's calendar) */
  since: z.string(),
  items: z.array(
    z.object({
      period: z.string(),
      /** the visit's first required skill ("" when none) */
      productLine: z.string(),
      remote: z.number().int(),
      solvedRemotely: z.number().int(),
      /** solvedRemotely ÷ remote, 0–1 */
      rate: z.number().nullable(),
    }),
  ),
  total: z.object({
    remote: z.number().int(),
    solvedRemotely: z.number().int(),
    rate: z.number().nullable(),
  }),
});
export type RemoteDiagnosisSuccess = z.infer<typeof ZRemoteDiagnosisSuccess>;
