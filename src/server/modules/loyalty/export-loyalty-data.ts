import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import { loyaltyCareSends, loyaltyEntries, loyaltyMembers, loyaltyVouchers } from "./loyalty.tables.js";

// A customer's data export (modules/privacy): their membership (referral code, birthday, care
// opt-out, whether someone referred them), the points ledger, the vouchers they redeemed, the
// care messages sent, and the people they referred, as dates only: who those are is the
// referred customers' data, not theirs.
export async function exportLoyaltyData(db: Db, tenantId: string, customerId: string) {
  const m = loyaltyMembers;
  const [member] = await db
    .select({
      referralCode: m.referralCode,
      referred: m.referredBy,
      birthday: m.birthday,
      careOptOut: m.careOptOut,
      joinedAt: m.createdAt,
    })
    .from(m)
    .where(and(eq(m.tenantId, tenantId), eq(m.customerId, customerId)));
  const entries = await db
    .select({
      reason: loyaltyEntries.reason,
      points: loyaltyEntries.points,
      amount: loyaltyEntries.amount,
      note: loyaltyEntries.note,
      expiresAt: loyaltyEntries.expiresAt,
      createdAt: loyaltyEntries.createdAt,
    })
    .from(loyaltyEntries)
    .where(and(eq(loyaltyEntries.tenantId, tenantId), eq(loyaltyEntries.customerId, customerId)))
    .orderBy(asc(loyaltyEntries.createdAt));
  const vouchers = await db
    .select({
      code: loyaltyVouchers.code,
      value: loyaltyVouchers.value,
      usedAt: loyaltyVouchers.usedAt,
      createdAt: loyaltyVouchers.createdAt,
    })
    .from(loyaltyVouchers)
    .where(and(eq(loyaltyVouchers.tenantId, tenantId), eq(loyaltyVouchers.customerId, customerId)))
    .orderBy(asc(loyaltyVouchers.createdAt));
  const careSends = await db
    .select({
      action: loyaltyCareSends.action,
      year: loyaltyCareSends.year,
      channel: loyaltyCareSends.channel,
      at: loyaltyCareSends.createdAt,
    })
    .from(loyaltyCareSends)
    .where(and(eq(loyaltyCareSends.tenantId, tenantId), eq(loyaltyCareSends.customerId, customerId)))
    .orderBy(asc(loyaltyCareSends.createdAt));
  const referrals = await db
    .select({ joinedAt: m.createdAt, rewardedAt: m.referralRewardedAt })
    .from(m)
    .where(and(eq(m.tenantId, tenantId), eq(m.referredBy, customerId)))
    .orderBy(asc(m.createdAt));
  return {
    loyalty: {
      member: member ? { ...member, referred: member.referred !== null } : null,
      entries,
      vouchers,
      careSends,
      referrals,
    },
  };
}
