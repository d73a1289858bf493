import type { ReportInput, SavedReport } from "../../../../../shared/api/analytics-reports.js";
import { ZReportInput } from "../../../../../shared/api/analytics-reports.js";
import { appendAudit } from "../../../../platform/audit/audit-log.js";
import type { Services } from "../../../../platform/context.js";
import { AppError } from "../../../../platform/errors.js";
import type { Actor } from "../../../../platform/http/actor.js";
import { newId } from "../../../../platform/ids.js";
import { findVisibleReport, insertReport, updateReport } from "../report.repository.js";
import { toSavedReport } from "../report-dto.js";
import { reportKpis } from "./run-report.js";

async function answer(s: Services, actor: Actor, id: string): Promise<SavedReport> {
  const row = await findVisibleReport(s.db, actor, id);
  if (!row) throw new AppError("analytics.report_not_found");
  return toSavedReport(row, actor);
}

// Saves a new report definition, owned by the caller.
export async function createReport(s: Services, actor: Actor, raw: ReportInput): Promise<SavedReport> {
  const input = ZReportInput.parse(raw);
  reportKpis(input.definition);
  const now = s.clock.now();
  const id = newId("rpt");
  await s.db.transaction(async (tx) => {
    await insertReport(tx, {
      id,
      tenantId: actor.tenantId,
      name: input.name,
      definition: input.definition,
      sharedWith: [...new Set(input.sharedWith)],
      ownerId: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "analytics.report_saved",
      entityType: "report",
      entityId: id,
      data: { name: input.name, sharedWith: input.sharedWith },
      at: now,
    });
  });
  return answer(s, actor, id);
}

// Replaces a report's name, definition and sharing: its owner only.
export async function replaceReport(
  s: Services,
  actor: Actor,
  id: string,
  raw: ReportInput,
): Promise<SavedReport> {
  const input = ZReportInput.parse(raw);
  const existing = await findVisibleReport(s.db, actor, id);
  if (!existing) throw new AppError("analytics.report_not_found");
  if (existing.ownerId !== actor.userId) throw new AppError("analytics.report_not_owner");
  reportKpis(input.definition);
  const now = s.clock.now();
  await s.db.transaction(async (tx) => {
    await updateReport(tx, actor.tenantId, id, {
      name: input.name,
      definition: input.definition,
      sharedWith: [...new Set(input.sharedWith)],
      updatedAt: now,
    });
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "analytics.report_saved",
      entityType: "report",
      entityId: id,
      data: { name: input.name, sharedWith: input.sharedWith },
      at: now,
    });
  });
  return answer(s, actor, id);
}
