import type { LoyaltySettings } from "../../../../shared/api/loyalty.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { customerVisibility, findCustomer } from "../../customers/index.js";
import { toVoucherDto } from "../entry-dto.js";
import {
  lockVoucher,
  loyaltySettingsOf,
  markVoucherUsed,
  saveLoyaltySettings,
} from "../loyalty.repository.js";
import { LOYALTY_PURCHASE_RECORDED } from "../loyalty-events.js";
import { earnPoints } from "../points.js";

// A customer staff may see (the customers module's visibility rule), else "not found".
export async function visibleCustomer(s: Services, actor: Actor, customerId: string) {
  const customer = await findCustomer(s.db, actor.tenantId, customerId, customerVisibility(actor));
  if (!customer) throw new AppError("loyalty.customer_not_found");
  return customer;
}

// Staff record a purchase: it counts toward lifetime value and earns points per yuan, once per
// reference (an invoice number typed twice earns once).
export async function recordPurchase(
  s: Services,
  actor: Actor,
  customerId: string,
  p: { amount: string; reference: string },
) {
  await visibleCustomer(s, actor, customerId);
  const settings = await loyaltySettingsOf(s.db, actor.tenantId);
  const points = Math.floor(Number(p.amount)) * settings.earn.perYuan;
  const written = await s.db.transaction(async (tx) => {
    const now = s.clock.now();
    const ok = await earnPoints(tx, {
      tenantId: actor.tenantId,
      customerId,
      reason: "purchase",
      points,
      amount: p.amount,
      note: p.reference,
      sourceKey: `purchase:${customerId}:${p.reference}`,
      createdBy: actor.userId,
      at: now,
    });
    if (ok) await s.events.emit(tx, LOYALTY_PURCHASE_RECORDED, { tenantId: actor.tenantId, customerId });
    if (ok)
      await appendAudit(tx, {
        tenantId: actor.tenantId,
        actorId: actor.userId,
        action: "loyalty.purchase_recorded",
        entityType: "customer",
        entityId: customerId,
        data: { amount: p.amount, reference: p.reference, points },
        at: now,
      });
    return ok;
  });
  return { recorded: written, points: written ? points : 0 };
}

// Staff take a voucher on a paid repair (a ticket or RMA number): once.
export async function useVoucher(s: Services, actor: Actor, code: string, usedOn: string) {
  return s.db.transaction(async (tx) => {
    const voucher = await lockVoucher(tx, actor.tenantId, code.trim());
    if (!voucher) throw new AppError("loyalty.voucher_not_found");
    if (voucher.usedAt) throw new AppError("loyalty.voucher_used", { usedOn: voucher.usedOn ?? "—" });
    const now = s.clock.now();
    await markVoucherUsed(tx, actor.tenantId, voucher.id, usedOn, actor.userId, now);
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "loyalty.voucher_used",
      entityType: "customer",
      entityId: voucher.customerId,
      data: { code: voucher.code, value: voucher.value, usedOn },
      at: now,
    });
    return toVoucherDto({ ...voucher, usedAt: now, usedOn, usedBy: actor.userId });
  });
}

export async function replaceLoyaltySettings(s: Services, actor: Actor, settings: LoyaltySettings) {
  await s.db.transaction(async (tx) => {
    await saveLoyaltySettings(tx, actor.tenantId, settings, actor.userId);
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "loyalty.settings_changed",
      entityType: "tenant",
      entityId: actor.tenantId,
      data: { expiryMonths: settings.expiryMonths, care: settings.care.length },
      at: s.clock.now(),
    });
  });
  return loyaltySettingsOf(s.db, actor.tenantId);
}
