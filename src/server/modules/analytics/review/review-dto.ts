import type { ReviewReport } from "../../../../shared/api/review-reports.js";
import type { ReviewRow } from "./review.repository.js";

export const toReviewDto = (r: ReviewRow): ReviewReport => ({
  id: r.id,
  kind: r.kind,
  period: r.period,
  from: r.fromDay,
  to: r.toDay,
  commentary: r.commentary,
  scheduled: r.createdBy === null,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});
