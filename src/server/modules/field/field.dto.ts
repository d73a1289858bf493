import type { NetworkNode, Technician, Visit } from "../../../shared/api/field.js";
import type { NodeRow, TechnicianRow, VisitRow } from "./field.repository.js";

const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
export const minutesOf = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

export const toNodeDto = (n: NodeRow): NetworkNode => ({
  id: n.id,
  parentId: n.parentId,
  level: n.level as NetworkNode["level"],
  code: n.code,
  name: n.name,
  partner: n.partner,
  createdAt: n.createdAt.toISOString(),
});

export const toTechnicianDto = (t: TechnicianRow, name: string): Technician => ({
  userId: t.userId,
  name,
  nodeId: t.nodeId,
  skills: t.skills,
  workDays: t.workDays,
  shiftStart: hhmm(t.shiftStart),
  shiftEnd: hhmm(t.shiftEnd),
  vanSite: t.vanSite,
  homeLat: t.homeLat,
  homeLng: t.homeLng,
});

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const toVisitDto = (v: VisitRow, technicianName: string | null): Visit => ({
  id: v.id,
  ticketNumber: v.ticketNumber,
  customerId: v.customerId,
  nodeId: v.nodeId,
  kind: v.kind,
  durationMinutes: v.durationMinutes,
  address: v.address,
  lat: v.lat,
  lng: v.lng,
  requiredSkills: v.requiredSkills,
  windowStart: iso(v.windowStart),
  windowEnd: iso(v.windowEnd),
  technicianId: v.technicianId,
  technicianName,
  plannedStart: iso(v.plannedStart),
  status: v.status,
  checkedInAt: iso(v.checkedInAt),
  checkedOutAt: iso(v.checkedOutAt),
  workNotes: v.workNotes,
  parts: v.parts,
  checklist: v.checklist,
  signed: v.signature !== null,
  signedBy: v.signedBy,
  rating: v.rating,
  ratingComment: v.ratingComment,
  delivery: v.delivery,
  photos: v.photos.map((p) => ({ id: p.id, contentType: p.contentType, takenAt: p.takenAt })),
  remoteOutcome: (v.remoteOutcome as Visit["remoteOutcome"]) ?? null,
  followUpVisitId: v.followUpVisitId,
  // The report's verification page (what its QR code opens), once the visit is done.
  verifyPath: v.reportToken ? `/r/${v.reportToken}` : null,
  etaAt: v.status === "en_route" ? iso(v.etaAt) : null,
  createdAt: v.createdAt.toISOString(),
});
