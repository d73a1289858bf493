import type { EntryReason, LoyaltyEntry, Voucher } from "../../../shared/api/loyalty.js";
import type { EntryRow } from "./loyalty.repository.js";
import type { loyaltyVouchers } from "./loyalty.tables.js";

export const toEntryDto = (e: EntryRow): LoyaltyEntry => ({
  id: e.id,
  reason: e.reason as EntryReason,
  points: e.points,
  expiresAt: e.expiresAt,
  note: e.note,
  createdAt: e.createdAt.toISOString(),
});

export const toVoucherDto = (v: typeof loyaltyVouchers.$inferSelect): Voucher => ({
  code: v.code,
  value: v.value,
  usedAt: v.usedAt?.toISOString() ?? null,
  usedOn: v.usedOn,
  createdAt: v.createdAt.toISOString(),
});
