import type { ReviewSettings } from "../../../../../shared/api/review-reports.js";
import { appendAudit } from "../../../../platform/audit/audit-log.js";
import type { Services } from "../../../../platform/context.js";
import type { Actor } from "../../../../platform/http/actor.js";
import { reviewSettings, saveReviewSettings } from "../review.repository.js";

export const readReviewSettings = (s: Services, actor: Actor) => reviewSettings(s.db, actor.tenantId);

export async function replaceReviewSettings(s: Services, actor: Actor, input: ReviewSettings) {
  await s.db.transaction(async (tx) => {
    const now = s.clock.now();
    await saveReviewSettings(tx, actor.tenantId, input, now);
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "analytics.review_settings_updated",
      entityType: "tenant",
      entityId: actor.tenantId,
      data: input,
      at: now,
    });
  });
  return reviewSettings(s.db, actor.tenantId);
}
