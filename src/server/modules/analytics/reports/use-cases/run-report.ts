import type { ReportDefinition, ReportResult } from "../../../../../shared/api/analytics-reports.js";
import { CUSTOMER_SEGMENTS } from "../../../../../shared/customer-segments.js";
import type { Locale } from "../../../../../shared/i18n/locale.js";
import type { Services } from "../../../../platform/context.js";
import { AppError } from "../../../../platform/errors.js";
import type { Actor } from "../../../../platform/http/actor.js";
import { customerSegments, segmentCustomerIds } from "../../insight/segment-audience.js";
import { checkRange, type Range } from "../../kpi-query.js";
import { findKpi, type KpiDefinition } from "../../kpis/catalogue.js";
import { measuresRead } from "../../kpis/measures-read.js";
import { refreshTenant } from "../../rollups.js";
import { dayIn, tenantTimeZone } from "../../tenant-day.js";
import { inOrder, pivot } from "../pivot.js";
import { keyLabels, reportCells } from "../report-query.js";

// The measures of a definition as catalogue KPIs; an id the catalogue does not know is refused.
export function reportKpis(def: Pick<ReportDefinition, "measures">): KpiDefinition[] {
  return def.measures.map((id) => {
    const k = findKpi(id);
    if (!k) throw new AppError("analytics.report_unknown_measure", { kpi: id });
    return k;
  });
}

// A saved "last n days" means up to the day it is run, in the tenant's time zone.
async function resolveRange(s: Services, tenantId: string, def: ReportDefinition): Promise<Range> {
  if ("from" in def.range) return def.range;
  const tz = await tenantTimeZone(s.db, tenantId);
  const now = s.clock.now();
  return {
    from: dayIn(tz, new Date(now.getTime() - (def.range.lastDays - 1) * 86_400_000)),
    to: dayIn(tz, now),
  };
}

// Runs a definition: the tenant's changed tickets taken into the facts first (as the dashboard
// does), then the pivot of the chosen KPIs, with names for agent, team and product keys. A
// segment's report counts the tickets of the customers in it today (the segment screen's rules).
export async function runReport(
  s: Services,
  actor: Actor,
  def: ReportDefinition,
  locale: Locale,
): Promise<ReportResult> {
  const kpis = reportKpis(def);
  const range = await resolveRange(s, actor.tenantId, def);
  checkRange(range);
  await refreshTenant(s.db, actor.tenantId, s.clock.now());
  const customers = def.segment
    ? await segmentCustomerIds(s.db, actor.tenantId, def.segment, s.clock.now())
    : null;
  const segments =
    def.rows === "segment" || def.columns === "segment"
      ? await customerSegments(s.db, actor.tenantId, s.clock.now())
      : null;
  const cells = await reportCells(s.db, actor.tenantId, def, range, measuresRead(kpis), customers, segments);
  // Segments in their rules' order (as Customer insight lists them), not alphabetically.
  const segmentOrder = inOrder(CUSTOMER_SEGMENTS);
  const p = pivot(cells, kpis, {
    rows: def.rows === "segment" ? segmentOrder : undefined,
    columns: def.columns === "segment" ? segmentOrder : undefined,
  });
  const english = locale === "en";
  const [rowNames, colNames] = await Promise.all([
    keyLabels(s.db, actor.tenantId, def.rows, p.rowKeys, english),
    keyLabels(s.db, actor.tenantId, def.columns, p.colKeys, english),
  ]);
  const label = (names: Map<string, string>) => (key: string) => ({ key, label: names.get(key) ?? key });
  return {
    from: range.from,
    to: range.to,
    rows: p.rowKeys.map(label(rowNames)),
    columns: p.colKeys.map(label(colNames)),
    measures: kpis.map((k) => ({ kpi: k.id, unit: k.unit })),
    values: p.values,
    totals: p.totals,
  };
}
