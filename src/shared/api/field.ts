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

const ZVisitPart = z.object({ partNo: z.string(), name: z.string(), qty: z.number().int() });

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
  signed: z.boolean(),
  signedBy: z.string().nullable(),
  createdAt: z.string(),
});
export type Visit = z.infer<typeof ZVisit>;

const ZVisitSlot = z.object({ start: z.string(), end: z.string() });
export const ZVisitSlots = z.object({ items: z.array(ZVisitSlot) });
export type VisitSlot = z.infer<typeof ZVisitSlot>;
