import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import type { UnitRegistered } from "../../registrations/index.js";
import type { SurveyAnswered } from "../../surveys/index.js";
import { ensureMember, lockMember, loyaltySettingsOf, updateMember } from "../loyalty.repository.js";
import { earnPoints } from "../points.js";

// A survey answer earns its points once (the response id is the key).
export async function onSurveyAnswered(tx: Db, _s: Services, e: SurveyAnswered): Promise<void> {
  const settings = await loyaltySettingsOf(tx, e.tenantId);
  await earnPoints(tx, {
    tenantId: e.tenantId,
    customerId: e.customerId,
    reason: "survey",
    points: settings.earn.survey,
    sourceKey: `survey:${e.responseId}`,
    at: e.at,
  });
}

// An approved registration earns its points once; the customer's first one also rewards a
// referral: both the referrer and the referred customer, once (referralRewardedAt).
export async function onUnitRegistered(tx: Db, _s: Services, e: UnitRegistered): Promise<void> {
  const settings = await loyaltySettingsOf(tx, e.tenantId);
  // Both customers' rows are locked in one order (by id), so two approvals of customers who
  // referred each other in a ring cannot wait for each other.
  const referrer = (await ensureMember(tx, e.tenantId, e.customerId)).referredBy;
  for (const id of [e.customerId, referrer].filter((x): x is string => Boolean(x)).sort())
    await lockMember(tx, e.tenantId, id);
  await earnPoints(tx, {
    tenantId: e.tenantId,
    customerId: e.customerId,
    reason: "registration",
    points: settings.earn.registration,
    sourceKey: `registration:${e.registrationId}`,
    at: e.at,
  });
  const member = await lockMember(tx, e.tenantId, e.customerId);
  if (!member.referredBy || member.referralRewardedAt) return;
  await earnPoints(tx, {
    tenantId: e.tenantId,
    customerId: member.referredBy,
    reason: "referral",
    points: settings.earn.referrer,
    sourceKey: `referral:referrer:${e.customerId}`,
    note: "referrer",
    at: e.at,
  });
  await earnPoints(tx, {
    tenantId: e.tenantId,
    customerId: e.customerId,
    reason: "referral",
    points: settings.earn.referred,
    sourceKey: `referral:referred:${e.customerId}`,
    note: "referred",
    at: e.at,
  });
  await updateMember(tx, e.tenantId, e.customerId, { referralRewardedAt: e.at });
}
