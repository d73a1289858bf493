import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { tenantSettings } from "../../tenancy/index.js";
import type { VisitRow } from "../field.repository.js";
import { deadlineText, noticeDeadline, tooLateToChange } from "../notice-rule.js";

// Moving or cancelling a booked visit: a customer (the portal) must do it at least the tenant's
// notice hours before the window, else a 422 naming the deadline. Staff may still do it; the
// answer says whether the change came late, so the caller records their reason with it.
export async function checkNotice(tx: Db, s: Services, actor: Actor, visit: VisitRow): Promise<boolean> {
  if (visit.status !== "scheduled") return false;
  const tenant = await tenantSettings(tx, actor.tenantId);
  const hours = tenant?.visitNoticeHours ?? 24;
  if (!tooLateToChange(s.clock.now(), visit.windowStart, hours)) return false;
  if (actor.role === "customer" && visit.windowStart) {
    const deadline = deadlineText(
      noticeDeadline(visit.windowStart, hours),
      tenant?.timezone ?? "Asia/Shanghai",
    );
    throw new AppError("field.notice_too_short", { hours, deadline });
  }
  return true;
}
