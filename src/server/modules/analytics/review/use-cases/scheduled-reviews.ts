import type { Db } from "../../../../platform/db/client.js";
import { newId } from "../../../../platform/ids.js";
import { listTenants } from "../../../tenancy/index.js";
import { dayIn } from "../../tenant-day.js";
import { lastCompletePeriod } from "../periods.js";
import { insertReview, reviewSettings } from "../review.repository.js";
import { enqueueReviewMails } from "./enqueue-review-mails.js";

// Run hourly by the schedule: for each tenant whose month (or half year) has ended in its own time
// zone, makes the review of that period once and mails it to the chosen roles in the same
// transaction. Only the latest period, and only one the tenant was live in: a new tenant is not
// sent reviews of months before it existed.
export async function makeScheduledReviews(tx: Db, now: Date): Promise<number> {
  let made = 0;
  for (const tenant of await listTenants(tx)) {
    const settings = await reviewSettings(tx, tenant.id);
    const today = dayIn(tenant.timezone, now);
    const liveSince = dayIn(tenant.timezone, tenant.createdAt);
    const kinds = [
      ...(settings.monthly ? (["monthly"] as const) : []),
      ...(settings.halfYearly ? (["half_yearly"] as const) : []),
    ];
    for (const kind of kinds) {
      const p = lastCompletePeriod(kind, today);
      if (p.to < liveSince) continue;
      const { row, created } = await insertReview(tx, {
        id: newId("rvw"),
        tenantId: tenant.id,
        kind,
        period: p.period,
        fromDay: p.from,
        toDay: p.to,
        createdBy: null,
        createdAt: now,
        updatedAt: now,
      });
      if (!created) continue;
      await enqueueReviewMails(tx, tenant.id, row.id, "scheduled");
      made++;
    }
  }
  return made;
}
