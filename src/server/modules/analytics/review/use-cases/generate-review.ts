import type { ReviewReport, ReviewRequest } from "../../../../../shared/api/review-reports.js";
import { appendAudit } from "../../../../platform/audit/audit-log.js";
import type { Services } from "../../../../platform/context.js";
import { AppError } from "../../../../platform/errors.js";
import type { Actor } from "../../../../platform/http/actor.js";
import { newId } from "../../../../platform/ids.js";
import { tenantDay } from "../../tenant-day.js";
import { periodRange } from "../periods.js";
import { insertReview } from "../review.repository.js";
import { toReviewDto } from "../review-dto.js";

// A manager asks for the review of a finished month or half year (the schedule makes the latest
// ones by itself); asking again answers the existing report with its commentary.
export async function generateReview(
  s: Services,
  actor: Actor,
  input: ReviewRequest,
): Promise<{ report: ReviewReport; created: boolean }> {
  const p = periodRange(input.kind, input.period);
  const now = s.clock.now();
  if (p.to >= (await tenantDay(s.db, actor.tenantId, now)))
    throw new AppError("analytics.review_future", { period: input.period });
  return s.db.transaction(async (tx) => {
    const { row, created } = await insertReview(tx, {
      id: newId("rvw"),
      tenantId: actor.tenantId,
      kind: p.kind,
      period: p.period,
      fromDay: p.from,
      toDay: p.to,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    if (created)
      await appendAudit(tx, {
        tenantId: actor.tenantId,
        actorId: actor.userId,
        action: "analytics.review_created",
        entityType: "review_report",
        entityId: row.id,
        data: { kind: p.kind, period: p.period },
        at: now,
      });
    return { report: toReviewDto(row), created };
  });
}
