import type { Db } from "../../../platform/db/client.js";
import { tenantSettings } from "../../tenancy/index.js";
import { periodRange } from "./periods.js";
import type { ReviewRow } from "./review.repository.js";
import { reviewFigures } from "./review-figures.js";
import { renderReviewPdf } from "./review-pdf.js";
import { renderReviewXlsx } from "./review-xlsx.js";

export type ReviewFormat = "pdf" | "xlsx";

export const reviewFileName = (r: ReviewRow, format: ReviewFormat) => `service-review-${r.period}.${format}`;

// A review rendered from the rollups as they are now, with the commentary as stored, in each of the
// formats asked (the figures are read once for all of them).
export async function renderReview<F extends ReviewFormat>(
  db: Db,
  r: ReviewRow,
  formats: F[],
  now: Date,
): Promise<Record<F, Buffer>> {
  const [figures, tenant] = await Promise.all([
    reviewFigures(db, r.tenantId, periodRange(r.kind, r.period), now),
    tenantSettings(db, r.tenantId),
  ]);
  const timeZone = tenant?.timezone ?? "Asia/Shanghai";
  const files = await Promise.all(
    formats.map(async (format) => {
      const bytes =
        format === "xlsx"
          ? await renderReviewXlsx(figures, r.commentary)
          : await renderReviewPdf(figures, {
              company: tenant?.name ?? "",
              commentary: r.commentary,
              generatedAt: now.toLocaleString("zh-CN", { timeZone, hour12: false }),
            });
      return [format, bytes] as const;
    }),
  );
  return Object.fromEntries(files) as Record<F, Buffer>;
}
