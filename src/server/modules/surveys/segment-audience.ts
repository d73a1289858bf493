import type { CustomerSegment } from "../../../shared/api/insight.js";
import type { Db } from "../../platform/db/client.js";

// Who is in an analytics customer segment today: a quarterly round aimed at a segment asks only
// them. Analytics sits on top (nothing may import it), so it provides this port when the modules
// are wired; without it a segment has no members and such a round asks nobody (rather than
// everyone).
export type SegmentAudience = {
  /** Those of `among` (customer ids of the tenant) in the segment on the tenant's day of `now`. */
  members: (
    db: Db,
    tenantId: string,
    segment: CustomerSegment,
    now: Date,
    among: readonly string[],
  ) => Promise<string[]>;
};

let provided: SegmentAudience | null = null;

export function provideSegmentAudience(audience: SegmentAudience): void {
  provided = audience;
}

export async function segmentMembers(
  db: Db,
  tenantId: string,
  segment: CustomerSegment,
  now: Date,
  among: readonly string[],
): Promise<string[]> {
  return provided ? provided.members(db, tenantId, segment, now, among) : [];
}
