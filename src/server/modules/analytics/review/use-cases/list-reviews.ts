import type { ReviewReport } from "../../../../../shared/api/review-reports.js";
import type { Services } from "../../../../platform/context.js";
import type { Actor } from "../../../../platform/http/actor.js";
import { listReviews } from "../review.repository.js";
import { toReviewDto } from "../review-dto.js";

export async function listReviewReports(s: Services, actor: Actor): Promise<{ items: ReviewReport[] }> {
  return { items: (await listReviews(s.db, actor.tenantId)).map(toReviewDto) };
}
