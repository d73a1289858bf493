import type { Services } from "../../../../platform/context.js";
import { AppError } from "../../../../platform/errors.js";
import type { Actor } from "../../../../platform/http/actor.js";
import { findReview } from "../review.repository.js";
import { type ReviewFormat, renderReview, reviewFileName } from "../review-files.js";

export async function downloadReview(s: Services, actor: Actor, id: string, format: ReviewFormat) {
  const row = await findReview(s.db, actor.tenantId, id);
  if (!row) throw new AppError("analytics.review_not_found");
  const files = await renderReview(s.db, row, [format], s.clock.now());
  return { bytes: files[format], name: reviewFileName(row, format) };
}
