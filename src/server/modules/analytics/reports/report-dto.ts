import type { SavedReport } from "../../../../shared/api/analytics-reports.js";
import type { Actor } from "../../../platform/http/actor.js";
import type { ReportRow } from "./report.repository.js";

export const toSavedReport = (r: ReportRow, actor: Actor): SavedReport => ({
  id: r.id,
  name: r.name,
  definition: r.definition,
  sharedWith: r.sharedWith as SavedReport["sharedWith"],
  ownerId: r.ownerId,
  ownerName: r.ownerName,
  mine: r.ownerId === actor.userId,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});
