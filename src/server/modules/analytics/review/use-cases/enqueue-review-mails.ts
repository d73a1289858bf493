import type { Db } from "../../../../platform/db/client.js";
import { enqueueMany } from "../../../../platform/jobs/queue.js";
import { reviewRecipients, reviewSettings } from "../review.repository.js";
import { reviewMailJob } from "../review-mail.js";

// One mail job per manager of the chosen roles, in the caller's transaction; a job per report and
// person at most once per `round` (the schedule's run, or one press of "send").
export async function enqueueReviewMails(
  tx: Db,
  tenantId: string,
  reportId: string,
  round: string,
): Promise<number> {
  const settings = await reviewSettings(tx, tenantId);
  const people = await reviewRecipients(tx, tenantId, settings.roles);
  await enqueueMany(
    tx,
    reviewMailJob,
    people.map((u) => ({
      payload: { tenantId, reportId, userId: u.id },
      opts: { tenantId, singletonKey: `review:${reportId}:${u.id}:${round}` },
    })),
  );
  return people.length;
}
