import type { KpiReader } from "../improvement/index.js";
import { sumRollups } from "./kpi-query.js";
import { findKpi, KPIS } from "./kpis/catalogue.js";
import { refreshTenant } from "./rollups.js";

// What the improvement module's PDCA checks read (analytics stays on top: it hands the reader down
// when the modules are wired): the catalogue, and one KPI over whole tenant days, taken from the
// rollups after the latest ticket changes are in.
export const improvementKpiReader: KpiReader = {
  catalogue: () => KPIS.map((k) => ({ id: k.id, name: k.name, unit: k.unit, direction: k.direction })),
  value: async (db, tenantId, kpiId, range, now) => {
    const kpi = findKpi(kpiId);
    if (!kpi) return null;
    await refreshTenant(db, tenantId, now);
    return kpi.compute((await sumRollups(db, tenantId, range, null)).total);
  },
};
