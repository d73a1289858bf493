import type { CustomerSegment } from "../../../../shared/api/insight.js";
import type { Db } from "../../../platform/db/client.js";
import type { SegmentAudience } from "../../surveys/index.js";
import { tenantDay } from "../tenant-day.js";
import { loadCustomerFacts } from "./customer-facts.js";
import { segmentOf } from "./segment-rules.js";

// The ids of a tenant's customers (of `among` only, when given) in one named segment on its
// calendar day of `now`, ascending: the same rules and facts as GET /analytics/segments.
export async function segmentCustomerIds(
  db: Db,
  tenantId: string,
  segment: CustomerSegment,
  now: Date,
  among?: readonly string[],
): Promise<string[]> {
  if (among?.length === 0) return [];
  const today = await tenantDay(db, tenantId, now);
  return (await loadCustomerFacts(db, tenantId, today, among))
    .filter((c) => segmentOf(c) === segment)
    .map((c) => c.id)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

// Every customer's segment on the tenant's day of `now` (a report broken down by segment).
export async function customerSegments(
  db: Db,
  tenantId: string,
  now: Date,
): Promise<Record<string, CustomerSegment>> {
  const today = await tenantDay(db, tenantId, now);
  return Object.fromEntries((await loadCustomerFacts(db, tenantId, today)).map((c) => [c.id, segmentOf(c)]));
}

// What a quarterly survey round aimed at a segment asks (surveys cannot import analytics; the
// module definition hands this down).
export const surveySegmentAudience: SegmentAudience = { members: segmentCustomerIds };
