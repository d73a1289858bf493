import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findMemberByCode, lockMember, updateMember } from "../loyalty.repository.js";
import { ownCustomer } from "./my-account.js";

// A customer who opened someone's referral link records who referred them: once, never
// themselves, never someone they referred. The reward follows their first approved registration.
export async function claimReferral(s: Services, actor: Actor, code: string): Promise<{ referred: true }> {
  const customerId = ownCustomer(actor);
  return s.db.transaction(async (tx) => {
    const referrer = await findMemberByCode(tx, actor.tenantId, code.trim());
    if (!referrer) throw new AppError("loyalty.referral_unknown");
    if (referrer.customerId === customerId) throw new AppError("loyalty.self_referral");
    const me = await lockMember(tx, actor.tenantId, customerId);
    if (me.referredBy || me.referralRewardedAt || referrer.referredBy === customerId)
      throw new AppError("loyalty.already_referred");
    const now = s.clock.now();
    await updateMember(tx, actor.tenantId, customerId, { referredBy: referrer.customerId });
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "loyalty.referred",
      entityType: "customer",
      entityId: customerId,
      data: { referrer: referrer.customerId },
      at: now,
    });
    return { referred: true as const };
  });
}
