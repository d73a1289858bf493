import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.js";
import { visits } from "../field.tables.js";

// A customer's data export (modules/privacy): their visits with where and when, what was done,
// the outcome, who signed, their rating and comment, and the photos listed (like ticket
// attachments: id, type, size, when). The signature image and the report's code stay out: the
// first is a picture of what `signedBy` says, the second a key to a page, not data about them.
export async function exportVisitData(db: Db, tenantId: string, customerId: string) {
  const rows = await db
    .select({
      id: visits.id,
      ticketNumber: visits.ticketNumber,
      kind: visits.kind,
      status: visits.status,
      address: visits.address,
      windowStart: visits.windowStart,
      windowEnd: visits.windowEnd,
      etaAt: visits.etaAt,
      checkedInAt: visits.checkedInAt,
      checkedOutAt: visits.checkedOutAt,
      workNotes: visits.workNotes,
      parts: visits.parts,
      delivery: visits.delivery,
      signedBy: visits.signedBy,
      signedAt: visits.signedAt,
      rating: visits.rating,
      ratingComment: visits.ratingComment,
      remoteOutcome: visits.remoteOutcome,
      photos: visits.photos,
      createdAt: visits.createdAt,
    })
    .from(visits)
    .where(and(eq(visits.tenantId, tenantId), eq(visits.customerId, customerId)))
    .orderBy(asc(visits.createdAt));
  return {
    visits: rows.map((v) => ({
      ...v,
      photos: v.photos.map((p) => ({
        id: p.id,
        contentType: p.contentType,
        size: p.size,
        takenAt: p.takenAt,
      })),
    })),
  };
}
