import type { Dashboard, KpiValue } from "../../../../shared/api/analytics.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { checkRange, type Range, sumRollups } from "../kpi-query.js";
import { findKpi, KPIS, targetStatus } from "../kpis/catalogue.js";
import { refreshCustomerActivity } from "../kpis/customer-activity.js";
import {
  CUSTOMER_GROUP_BYS,
  CUSTOMER_KPIS,
  type CustomerGroupBy,
  type CustomerKpiDefinition,
  computeCustomerKpi,
  findCustomerKpi,
} from "../kpis/customer-kpis.js";
import type { GroupBy } from "../kpis/dimensions.js";
import { refreshTenant } from "../rollups.js";
import { dayIn, tenantTimeZone } from "../tenant-day.js";
import { tenantTargets } from "./targets.js";

// Before answering, the rollups take in the tenant's tickets changed since the last refresh (a
// handful between the minutely runs), so a number agrees with the tickets to the last one.
async function fresh(s: Services, tenantId: string): Promise<void> {
  await refreshTenant(s.db, tenantId, s.clock.now());
}

// GET /kpis/{kpi}: one KPI over tickets created from..to, optionally by a dimension.
export async function readKpi(
  s: Services,
  actor: Actor,
  kpiId: string,
  query: Partial<Range> & { groupBy?: GroupBy },
): Promise<KpiValue> {
  const customerKpi = findCustomerKpi(kpiId);
  if (customerKpi) return readCustomerKpi(s, actor, customerKpi, query);
  const kpi = findKpi(kpiId);
  if (!kpi) throw new AppError("analytics.kpi_not_found", { kpi: kpiId });
  const q = { ...(await lastDays(s, actor.tenantId, 30)), ...query };
  checkRange(q);
  await fresh(s, actor.tenantId);
  const { total, groups } = await sumRollups(s.db, actor.tenantId, q, q.groupBy ?? null);
  return {
    kpi: kpi.id,
    unit: kpi.unit,
    value: kpi.compute(total),
    ...(q.groupBy ? { series: groups.map((g) => ({ key: g.key, value: kpi.compute(g.measures) })) } : {}),
  };
}

// A customer KPI (churn, repeat purchase, referral): counted on customers by SQL on demand, by
// month, tier or region only.
async function readCustomerKpi(
  s: Services,
  actor: Actor,
  kpi: CustomerKpiDefinition,
  query: Partial<Range> & { groupBy?: GroupBy },
): Promise<KpiValue> {
  const groupBy = query.groupBy ?? null;
  if (groupBy !== null && !(CUSTOMER_GROUP_BYS as readonly string[]).includes(groupBy))
    throw new AppError("analytics.kpi_group_unsupported", {
      kpi: kpi.id,
      groupBy,
      allowed: CUSTOMER_GROUP_BYS.join(", "),
    });
  const q = { ...(await lastDays(s, actor.tenantId, 30)), ...query };
  checkRange(q);
  await refreshCustomerActivity(s.db, actor.tenantId);
  const { value, series } = await computeCustomerKpi(s.db, actor.tenantId, kpi, {
    from: q.from,
    to: q.to,
    groupBy: groupBy as CustomerGroupBy | null,
  });
  return { kpi: kpi.id, unit: kpi.unit, value, ...(groupBy ? { series } : {}) };
}

// The last `n` days up to today in the tenant's time zone.
export async function lastDays(s: Services, tenantId: string, n: number): Promise<Range> {
  const tz = await tenantTimeZone(s.db, tenantId);
  const now = s.clock.now();
  return { from: dayIn(tz, new Date(now.getTime() - (n - 1) * 86_400_000)), to: dayIn(tz, now) };
}

// Every KPI with its series over the range: the supervisor dashboard, or with `agentId` one
// agent's own numbers (tickets now assigned to them).
export async function readDashboard(
  s: Services,
  actor: Actor,
  q: Range & { groupBy: GroupBy },
  agentId: string | null,
): Promise<Dashboard> {
  checkRange(q);
  await fresh(s, actor.tenantId);
  const only = agentId ? { dim: "agent" as const, key: agentId } : undefined;
  const [{ total, groups }, targets, customers] = await Promise.all([
    sumRollups(s.db, actor.tenantId, q, q.groupBy, only),
    tenantTargets(s.db, actor.tenantId),
    // "My numbers" are the caller's tickets: customer KPIs belong to the whole tenant.
    agentId ? [] : customerCards(s, actor.tenantId, q),
  ]);
  return {
    from: q.from,
    to: q.to,
    groupBy: q.groupBy,
    agentId,
    kpis: [
      ...KPIS.map((k) => {
        const value = k.compute(total);
        const target = targets.get(k.id) ?? null;
        return {
          kpi: k.id,
          unit: k.unit,
          direction: k.direction,
          target,
          value,
          status: targetStatus(k, value, target),
          series: groups.map((g) => ({ key: g.key, value: k.compute(g.measures) })),
        };
      }),
      ...customers.map((c) => {
        const target = targets.get(c.kpi.id) ?? null;
        return {
          kpi: c.kpi.id,
          unit: c.kpi.unit,
          direction: c.kpi.direction,
          target,
          value: c.value,
          status: targetStatus(c.kpi, c.value, target),
          series: c.series,
        };
      }),
    ],
  };
}

// The customer KPIs for the dashboard: a series by month when it is grouped by month (a churn
// rate per day or week means little and would cost a query per day).
async function customerCards(s: Services, tenantId: string, q: Range & { groupBy: GroupBy }) {
  // Customers changed since the last refresh first, so the rates agree with the data to the last one.
  await refreshCustomerActivity(s.db, tenantId);
  const groupBy = q.groupBy === "month" ? ("month" as const) : null;
  return Promise.all(
    CUSTOMER_KPIS.map(async (kpi) => ({
      kpi,
      ...(await computeCustomerKpi(s.db, tenantId, kpi, { from: q.from, to: q.to, groupBy })),
    })),
  );
}
