import type { CustomerSegment, SegmentMember, Segments } from "../../../../shared/api/insight.js";
import { CUSTOMER_SEGMENTS } from "../../../../shared/api/insight.js";
import { divisionName } from "../../../../shared/divisions.js";
import type { Db } from "../../../platform/db/client.js";
import { loadCustomerFacts } from "./customer-facts.js";
import { type InsightFilter, matches } from "./read-churn-risk.js";
import { customerValue, satisfactionOf, segmentOf } from "./segment-rules.js";

// Every customer of the tenant with their named segment (segment-rules.ts), optionally one
// segment only; the counts cover everyone who matches the filter.
export async function readSegments(
  db: Db,
  tenantId: string,
  today: string,
  q: InsightFilter & { segment?: CustomerSegment; limit: number },
): Promise<Segments> {
  const members: SegmentMember[] = (await loadCustomerFacts(db, tenantId, today))
    .filter((c) => matches(c, q))
    .map((c) => ({
      id: c.id,
      name: c.name,
      tier: c.tier,
      region: c.region,
      regionName: c.region ? divisionName(c.region) : null,
      productLines: c.productLines,
      segment: segmentOf(c),
      value: customerValue(c),
      units: c.units,
      contacts: c.contacts,
      channels: c.channels,
      satisfaction: satisfactionOf(c),
      phone: c.phone,
    }));
  const counts = CUSTOMER_SEGMENTS.map((segment) => ({
    segment,
    customers: members.filter((m) => m.segment === segment).length,
  }));
  return {
    counts,
    items: members
      .filter((m) => !q.segment || m.segment === q.segment)
      .sort((a, b) => a.name.localeCompare(b.name))
      .slice(0, q.limit),
  };
}
