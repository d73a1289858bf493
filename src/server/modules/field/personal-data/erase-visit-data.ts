import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.js";
import {
  ERASED_TEXT,
  type PersonalPatterns,
  scrubbedJson,
} from "../../../platform/privacy/personal-patterns.js";
import { visits } from "../field.tables.js";

// Erasure (PIPL): a customer's visits keep what was done (kind, times, parts, outcome) for the
// service record, but lose where (address, coordinates, check-in position), who signed and the
// signature, the notes and rating comment, and the photos; a delivery's note loses their name,
// e-mail and phone. Returns the photos' storage keys, to delete after commit.
export async function eraseVisitData(
  tx: Db,
  tenantId: string,
  customerId: string,
  who: PersonalPatterns,
): Promise<string[]> {
  const rows = await tx
    .select({ photos: visits.photos })
    .from(visits)
    .where(and(eq(visits.tenantId, tenantId), eq(visits.customerId, customerId)));
  await tx
    .update(visits)
    .set({
      address: ERASED_TEXT,
      lat: null,
      lng: null,
      checkInLat: null,
      checkInLng: null,
      workNotes: null,
      signature: null,
      signedBy: null,
      ratingComment: null,
      photos: [],
      delivery: scrubbedJson(visits.delivery, who),
    })
    .where(and(eq(visits.tenantId, tenantId), eq(visits.customerId, customerId)));
  return rows.flatMap((r) => r.photos.map((p) => p.storageKey));
}

// Storage keys still referenced by a visit photo of the tenant (the file store is addressed by
// content: a photo and a ticket attachment with the same bytes share one file).
export async function visitPhotoKeysInUse(db: Db, tenantId: string, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  // Drizzle writes an array parameter as a list: `in ($1, $2, …)`.
  const found = (await db.execute(
    sql`select distinct p->>'storageKey' as key
        from ${visits}, jsonb_array_elements(${visits.photos}) p
        where ${visits.tenantId} = ${tenantId} and p->>'storageKey' in ${keys}`,
  )) as unknown as { rows: { key: string }[] };
  return new Set(found.rows.map((r) => r.key));
}
