import { and, eq } from "drizzle-orm";
import type { CareProfile, LoyaltyAccount, RedeemCatalogue } from "../../../../shared/api/loyalty.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { products, units } from "../../products/index.js";
import { listWarrantyPlans } from "../../warranty/index.js";
import { toEntryDto, toVoucherDto } from "../entry-dto.js";
import {
  ensureMember,
  listEntries,
  listVouchers,
  loyaltySettingsOf,
  updateMember,
} from "../loyalty.repository.js";
import { planPoints } from "../plan-cost.js";
import { balanceOf } from "../points.js";
import { tenantDay } from "../tenant-day.js";

export const ownCustomer = (actor: Actor): string => {
  if (!actor.customerId) throw new AppError("auth.forbidden");
  return actor.customerId;
};

// The signed-in customer's points: balance, what lapses soon, history, vouchers, referral code.
export async function myAccount(s: Services, actor: Actor): Promise<LoyaltyAccount & CareProfile> {
  const customerId = ownCustomer(actor);
  const member = await ensureMember(s.db, actor.tenantId, customerId);
  const today = await tenantDay(s.db, actor.tenantId, s.clock.now());
  const [balance, entries, vouchers] = await Promise.all([
    balanceOf(s.db, actor.tenantId, customerId, today),
    listEntries(s.db, actor.tenantId, customerId),
    listVouchers(s.db, actor.tenantId, customerId),
  ]);
  return {
    ...balance,
    referralCode: member.referralCode,
    referralPath: `/portal/loyalty?ref=${member.referralCode}`,
    referredBy: member.referredBy !== null,
    entries: entries.map(toEntryDto),
    vouchers: vouchers.map(toVoucherDto),
    birthday: member.birthday,
    careOptOut: member.careOptOut,
  };
}

// What the customer's points can buy: the active plans that fit one of their units, each with the
// units it fits and its price in points; the vouchers and gifts of the tenant's settings.
export async function myCatalogue(s: Services, actor: Actor): Promise<RedeemCatalogue> {
  const customerId = ownCustomer(actor);
  const [settings, plans, owned] = await Promise.all([
    loyaltySettingsOf(s.db, actor.tenantId),
    listWarrantyPlans(s.db, actor.tenantId),
    s.db
      .select({ serial: units.serial, category: products.sanbaoCategory })
      .from(units)
      .innerJoin(products, and(eq(products.tenantId, units.tenantId), eq(products.id, units.productId)))
      .where(and(eq(units.tenantId, actor.tenantId), eq(units.customerId, customerId))),
  ]);
  return {
    plans: plans
      .filter((p) => p.active)
      .map((p) => ({
        planId: p.id,
        name: { zh: p.nameZh, en: p.nameEn },
        months: p.months,
        points: planPoints(p.price, settings.planPointsPerYuan),
        serials: owned.filter((u) => u.category && p.categories.includes(u.category)).map((u) => u.serial),
      }))
      .filter((p) => p.serials.length > 0),
    vouchers: settings.vouchers,
    gifts: settings.gifts,
  };
}

export async function saveCareProfile(s: Services, actor: Actor, profile: CareProfile): Promise<void> {
  await saveCareProfileOf(s.db, actor.tenantId, ownCustomer(actor), profile);
}

export async function saveCareProfileOf(db: Db, tenantId: string, customerId: string, profile: CareProfile) {
  await ensureMember(db, tenantId, customerId);
  await updateMember(db, tenantId, customerId, profile);
}
