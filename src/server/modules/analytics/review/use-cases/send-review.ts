import { appendAudit } from "../../../../platform/audit/audit-log.js";
import type { Services } from "../../../../platform/context.js";
import { AppError } from "../../../../platform/errors.js";
import type { Actor } from "../../../../platform/http/actor.js";
import { newId } from "../../../../platform/ids.js";
import { findReview } from "../review.repository.js";
import { enqueueReviewMails } from "./enqueue-review-mails.js";

// Mails the review again (after the commentary is written) to everyone of the chosen roles.
export async function sendReview(s: Services, actor: Actor, id: string): Promise<{ recipients: number }> {
  return s.db.transaction(async (tx) => {
    const row = await findReview(tx, actor.tenantId, id);
    if (!row) throw new AppError("analytics.review_not_found");
    const recipients = await enqueueReviewMails(tx, actor.tenantId, id, newId("snd"));
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "analytics.review_sent",
      entityType: "review_report",
      entityId: id,
      data: { recipients },
      at: s.clock.now(),
    });
    return { recipients };
  });
}
