import { z } from "zod";
import { REVIEW_KINDS, REVIEW_ROLES } from "../review-reports.js";

export type { ReviewKind } from "../review-reports.js";

// Service review reports (seed 001 §6.1.2): monthly and half-yearly, as PDF and Excel, mailed on a
// schedule to chosen roles, with slots for the managers' commentary.

export const ZReviewCommentary = z.object({
  summary: z.string().max(4000).optional(),
  highlights: z.string().max(4000).optional(),
  actions: z.string().max(4000).optional(),
});
export type ReviewCommentary = z.infer<typeof ZReviewCommentary>;

export const ZReviewReport = z.object({
  id: z.string(),
  kind: z.enum(REVIEW_KINDS),
  period: z.string(),
  from: z.string(),
  to: z.string(),
  commentary: ZReviewCommentary,
  scheduled: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ReviewReport = z.infer<typeof ZReviewReport>;

export const ZReviewSettings = z.object({
  monthly: z.boolean(),
  halfYearly: z.boolean(),
  roles: z.array(z.enum(REVIEW_ROLES)),
});
export type ReviewSettings = z.infer<typeof ZReviewSettings>;

// "2026-11" (a month) or "2026-H2" (a half year).
export const ZReviewRequest = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("monthly"), period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) }),
  z.object({ kind: z.literal("half_yearly"), period: z.string().regex(/^\d{4}-H[12]$/) }),
]);
export type ReviewRequest = z.infer<typeof ZReviewRequest>;

export const ZReviewSent = z.object({ recipients: z.number().int() });
