import type { Db } from "../../../platform/db/client.js";
import { tenantSettings } from "../../tenancy/index.js";
import { periodRange } from "./periods.js";
import type { ReviewRow } from "./review.repository.js";
import { reviewFigures } from "./review-figures.js";
import { renderReviewPdf } from "./review-pdf.js";
import { renderReviewXlsx } from "./review-xlsx.js";

export type ReviewFormat = "pdf" | "xlsx";

export const reviewFileName = (r: ReviewRow, format: ReviewFormat) => `service-review-${r.period}.${format}`;

// A review rendered from the rollups as they are now, with the commentary as stored.
export async function renderReview(db: Db, r: ReviewRow, format: ReviewFormat, now: Date): Promise<Buffer> {
  const figures = await reviewFigures(db, r.tenantId, periodRange(r.kind, r.period), now);
  if (format === "xlsx") return renderReviewXlsx(figures, r.commentary);
  const tenant = await tenantSettings(db, r.tenantId);
  const timeZone = tenant?.timezone ?? "Asia/Shanghai";
  return renderReviewPdf(figures, {
    company: tenant?.name ?? "",
    commentary: r.commentary,
    generatedAt: now.toLocaleString("zh-CN", { timeZone, hour12: false }),
  });
}
