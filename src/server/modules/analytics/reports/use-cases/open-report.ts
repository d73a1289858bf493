import type { SavedReport } from "../../../../../shared/api/analytics-reports.js";
import type { Services } from "../../../../platform/context.js";
import { AppError } from "../../../../platform/errors.js";
import type { Actor } from "../../../../platform/http/actor.js";
import { findVisibleReport, listVisibleReports } from "../report.repository.js";
import { toSavedReport } from "../report-dto.js";

export async function listReports(s: Services, actor: Actor): Promise<{ items: SavedReport[] }> {
  return { items: (await listVisibleReports(s.db, actor)).map((r) => toSavedReport(r, actor)) };
}

// A report the caller may see (own, or shared with their role); otherwise "not found".
export async function openReport(s: Services, actor: Actor, id: string): Promise<SavedReport> {
  const row = await findVisibleReport(s.db, actor, id);
  if (!row) throw new AppError("analytics.report_not_found");
  return toSavedReport(row, actor);
}
