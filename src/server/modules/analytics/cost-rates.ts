import { eq, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import { analyticsCostRates } from "./analytics.tables.js";
import type { CostRates } from "./kpis/measures.js";

// Until a tenant sets its own: ¥80 a visit (travel and call-out), ¥60 an hour of a technician.
const COST_RATE_DEFAULTS: CostRates = { perVisitCents: 8000, perHourCents: 6000 };

export async function tenantCostRates(db: Db, tenantId: string): Promise<CostRates> {
  const [row] = await db
    .select({
      perVisitCents: analyticsCostRates.perVisitCents,
      perHourCents: analyticsCostRates.perHourCents,
    })
    .from(analyticsCostRates)
    .where(eq(analyticsCostRates.tenantId, tenantId));
  return row ?? COST_RATE_DEFAULTS;
}

// Stores the tenant's rates and marks every ticket of theirs for re-reading: each ticket's service
// cost is priced when its fact is read, so the rollups move to the new rates on the next refresh.
export async function storeCostRates(tx: Db, tenantId: string, rates: CostRates): Promise<void> {
  await tx
    .insert(analyticsCostRates)
    .values({ tenantId, ...rates })
    .onConflictDoUpdate({
      target: analyticsCostRates.tenantId,
      set: { ...rates, version: sql`${analyticsCostRates.version} + 1` },
    });
  await tx.execute(sql`
    insert into analytics_dirty_tickets (tenant_id, ticket_id)
    select tenant_id, id from tickets where tenant_id = ${tenantId}
    on conflict do nothing`);
}
