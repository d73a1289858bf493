import { and, eq, sql } from "drizzle-orm";
import type { KpiDefinitionView } from "../../../../shared/api/analytics.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { analyticsKpiTargets } from "../analytics.tables.js";
import { findKpi, KPIS } from "../kpis/catalogue.js";
import { CUSTOMER_KPIS, findCustomerKpi } from "../kpis/customer-kpis.js";

// Ticket KPIs (rollups) and customer KPIs (churn, repeat purchase, referral) share targets.
const ALL_KPIS = [
  ...KPIS.map((k) => ({ ...k, pendingSource: k.pendingSource ?? null, scope: "tickets" as const })),
  ...CUSTOMER_KPIS.map((k) => ({ ...k, drill: {}, pendingSource: null, scope: "customers" as const })),
];

// The tenant's targets: its own where set, the catalogue's defaults otherwise.
export async function tenantTargets(db: Db, tenantId: string): Promise<Map<string, number | null>> {
  const rows = await db.select().from(analyticsKpiTargets).where(eq(analyticsKpiTargets.tenantId, tenantId));
  const own = new Map(rows.map((r) => [r.kpi, r.target]));
  return new Map(ALL_KPIS.map((k) => [k.id, own.has(k.id) ? (own.get(k.id) ?? null) : k.defaultTarget]));
}

export async function readCatalogue(s: Services, actor: Actor): Promise<{ items: KpiDefinitionView[] }> {
  const targets = await tenantTargets(s.db, actor.tenantId);
  return {
    items: ALL_KPIS.map((k) => ({
      id: k.id,
      name: k.name,
      definition: k.definition,
      formula: k.formula,
      unit: k.unit,
      direction: k.direction,
      target: targets.get(k.id) ?? null,
      defaultTarget: k.defaultTarget,
      drill: k.drill,
      pendingSource: k.pendingSource,
      scope: k.scope,
    })),
  };
}

// Sets (or, with null, clears back to the default) a tenant's target for one KPI.
export async function setTarget(
  s: Services,
  actor: Actor,
  kpiId: string,
  target: number | null,
): Promise<{ items: KpiDefinitionView[] }> {
  const kpi = findKpi(kpiId) ?? findCustomerKpi(kpiId);
  if (!kpi) throw new AppError("analytics.kpi_not_found", { kpi: kpiId });
  if (kpi.direction === "neutral") throw new AppError("analytics.no_target");
  if (target === null)
    await s.db
      .delete(analyticsKpiTargets)
      .where(and(eq(analyticsKpiTargets.tenantId, actor.tenantId), eq(analyticsKpiTargets.kpi, kpiId)));
  else
    await s.db
      .insert(analyticsKpiTargets)
      .values({ tenantId: actor.tenantId, kpi: kpiId, target })
      .onConflictDoUpdate({
        target: [analyticsKpiTargets.tenantId, analyticsKpiTargets.kpi],
        set: { target, version: sql`${analyticsKpiTargets.version} + 1` },
      });
  return readCatalogue(s, actor);
}
