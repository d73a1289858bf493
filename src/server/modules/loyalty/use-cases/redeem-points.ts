import type { RedeemInput, RedeemResult } from "../../../../shared/api/loyalty.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { findUnitBySerial } from "../../products/index.js";
import { attachPlan, legalCoverEnd, listWarrantyPlans } from "../../warranty/index.js";
import {
  appendEntry,
  insertVoucher,
  lockMember,
  loyaltySettingsOf,
  randomCode,
} from "../loyalty.repository.js";
import { planPoints } from "../plan-cost.js";
import { balanceOf } from "../points.js";
import { tenantDay } from "../tenant-day.js";

type Priced = {
  reason: "plan" | "voucher" | "gift";
  points: number;
  note: string;
  fulfil: () => Promise<string | null>;
};

// A customer spends points on one of their own units' extended plans, a service voucher or a
// gift. Behind the customer's lock: the balance read, the debit and what it buys (the plan
// attached through warranty's command, the voucher) commit together or not at all, so concurrent
// redemptions can never take the balance below zero.
export async function redeemPoints(s: Services, actor: Actor, input: RedeemInput): Promise<RedeemResult> {
  const customerId = actor.customerId;
  if (!customerId) throw new AppError("auth.forbidden");
  // A plan's cover starts after the unit's legal period: read before the transaction (warranty's
  // engine reads in parallel, which one transaction's connection must not).
  const coverEnd = input.kind === "plan" ? await legalEndOfOwnUnit(s, actor, customerId, input.serial) : null;
  return s.db.transaction(async (tx) => {
    await lockMember(tx, actor.tenantId, customerId);
    const now = s.clock.now();
    const today = await tenantDay(tx, actor.tenantId, now);
    const priced = await price(tx, actor, customerId, input, today, now, coverEnd);
    const { balance } = await balanceOf(tx, actor.tenantId, customerId, today);
    if (balance < priced.points)
      throw new AppError("loyalty.insufficient_points", { needed: priced.points, balance });
    const entryId = newId("lpe");
    await appendEntry(tx, {
      id: entryId,
      tenantId: actor.tenantId,
      customerId,
      reason: priced.reason,
      points: -priced.points,
      note: priced.note,
      createdBy: actor.userId,
      createdAt: now,
    });
    const voucherCode = await priced.fulfil();
    if (voucherCode)
      await insertVoucher(tx, {
        id: newId("lvc"),
        tenantId: actor.tenantId,
        customerId,
        code: voucherCode,
        value: input.kind === "voucher" ? input.value : 0,
        entryId,
        createdAt: now,
      });
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "loyalty.redeemed",
      entityType: "customer",
      entityId: customerId,
      data: { entryId, reason: priced.reason, points: priced.points, note: priced.note },
      at: now,
    });
    return { balance: balance - priced.points, entryId, voucherCode };
  });
}

// Only the customer's own unit: another customer's serial is simply not found.
async function legalEndOfOwnUnit(s: Services, actor: Actor, customerId: string, serial: string) {
  const unit = await findUnitBySerial(s.db, actor.tenantId, serial, customerId);
  if (!unit) throw new AppError("unit.not_found", { serial });
  return legalCoverEnd(s.db, actor.tenantId, unit, await tenantDay(s.db, actor.tenantId, s.clock.now()));
}

async function price(
  tx: Db,
  actor: Actor,
  customerId: string,
  input: RedeemInput,
  today: string,
  now: Date,
  coverEnd: string | null,
): Promise<Priced> {
  const settings = await loyaltySettingsOf(tx, actor.tenantId);
  if (input.kind === "voucher") {
    const option = settings.vouchers.find((v) => v.value === input.value);
    if (!option) throw new AppError("loyalty.voucher_not_offered");
    return {
      reason: "voucher",
      points: option.points,
      note: `¥${option.value}`,
      fulfil: async () => randomCode(10),
    };
  }
  if (input.kind === "gift") {
    const gift = settings.gifts.find((g) => g.id === input.giftId);
    if (!gift) throw new AppError("loyalty.gift_not_found");
    return {
      reason: "gift",
      points: gift.points,
      note: `${gift.name.zh} / ${gift.name.en}`,
      fulfil: async () => null,
    };
  }
  // Read again in the transaction: the unit may have been handed to someone else meanwhile.
  const unit = await findUnitBySerial(tx, actor.tenantId, input.serial, customerId);
  if (!unit) throw new AppError("unit.not_found", { serial: input.serial });
  const plan = (await listWarrantyPlans(tx, actor.tenantId)).find((p) => p.id === input.planId);
  if (!plan) throw new AppError("warranty.plan_not_found");
  return {
    reason: "plan",
    points: planPoints(plan.price, settings.planPointsPerYuan),
    note: `${plan.nameZh} / ${plan.nameEn} · ${unit.serial}`,
    fulfil: async () => {
      await attachPlan(tx, actor.tenantId, {
        unit,
        planId: plan.id,
        wholeUnitEndsAt: coverEnd,
        soldBy: actor.userId,
        today,
        at: now,
        price: "0.00",
        via: "points",
      });
      return null;
    },
  };
}
