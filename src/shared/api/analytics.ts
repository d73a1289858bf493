import { z } from "zod";

const ZUnit = z.enum(["count", "minutes", "ratio", "score", "days", "yuan"]);
const ZDirection = z.enum(["higher", "lower", "neutral"]);
const ZPoint = z.object({ key: z.string(), value: z.number().nullable() });

// GET /kpis/{kpi}: the API.md contract (value and, with groupBy, one point per group).
export const ZKpiValue = z.object({
  kpi: z.string(),
  unit: ZUnit,
  value: z.number().nullable(),
  series: z.array(ZPoint).optional(),
});
export type KpiValue = z.infer<typeof ZKpiValue>;

// GET /kpis: the catalogue with the tenant's targets.
const ZKpiDefinition = z.object({
  id: z.string(),
  name: z.object({ zh: z.string(), en: z.string() }),
  definition: z.object({ zh: z.string(), en: z.string() }),
  formula: z.string(),
  unit: ZUnit,
  direction: ZDirection,
  target: z.number().nullable(),
  defaultTarget: z.number().nullable(),
  // Ticket list filters showing the tickets behind the number.
  drill: z.record(z.string(), z.string()),
  // Set while the module that supplies the data has not landed (the KPI answers null).
  pendingSource: z.string().nullable(),
  // "customers": counted on customers (churn, repeat purchase, referral), so there are no tickets
  // behind the number to drill into.
  scope: z.enum(["tickets", "customers"]),
});
export type KpiDefinitionView = z.infer<typeof ZKpiDefinition>;
export const ZKpiCatalogue = z.object({ items: z.array(ZKpiDefinition) });

// GET /analytics/dashboard and /analytics/me: every KPI over the range, with its series.
const ZDashboardKpi = z.object({
  kpi: z.string(),
  unit: ZUnit,
  direction: ZDirection,
  target: z.number().nullable(),
  value: z.number().nullable(),
  // "met" / "missed" against the target; null without a target or a value.
  status: z.enum(["met", "missed"]).nullable(),
  series: z.array(ZPoint),
});
export const ZDashboard = z.object({
  from: z.string(),
  to: z.string(),
  groupBy: z.string(),
  agentId: z.string().nullable(),
  kpis: z.array(ZDashboardKpi),
});
export type Dashboard = z.infer<typeof ZDashboard>;

// What a visit and an hour of a technician cost the tenant (yuan), priced into cost per ticket.
export const ZCostRates = z.object({ perVisit: z.number(), perHour: z.number() });
