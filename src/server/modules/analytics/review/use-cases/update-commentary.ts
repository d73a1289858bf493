import type { ReviewCommentary, ReviewReport } from "../../../../../shared/api/review-reports.js";
import { appendAudit } from "../../../../platform/audit/audit-log.js";
import type { Services } from "../../../../platform/context.js";
import { AppError } from "../../../../platform/errors.js";
import type { Actor } from "../../../../platform/http/actor.js";
import { saveCommentary } from "../review.repository.js";
import { toReviewDto } from "../review-dto.js";

// The managers' words in the report's commentary slots (summary, highlights, actions).
export async function updateCommentary(
  s: Services,
  actor: Actor,
  id: string,
  commentary: ReviewCommentary,
): Promise<ReviewReport> {
  return s.db.transaction(async (tx) => {
    const now = s.clock.now();
    const row = await saveCommentary(tx, actor.tenantId, id, commentary, now);
    if (!row) throw new AppError("analytics.review_not_found");
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "analytics.review_commented",
      entityType: "review_report",
      entityId: id,
      data: { slots: Object.keys(commentary) },
      at: now,
    });
    return toReviewDto(row);
  });
}
