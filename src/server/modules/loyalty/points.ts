import type { EntryReason } from "../../../shared/api/loyalty.js";
import type { Db } from "../../platform/db/client.js";
import { newId } from "../../platform/ids.js";
import { availableOf, expiringSoonOf } from "./ledger.js";
import { appendEntry, ledgerTotals, lockMember, loyaltySettingsOf } from "./loyalty.repository.js";
import { expiryFrom, plusDays, tenantDay } from "./tenant-day.js";

export async function balanceOf(db: Db, tenantId: string, customerId: string, today: string) {
  const totals = await ledgerTotals(db, tenantId, customerId, today, plusDays(today, 30));
  return { balance: availableOf(totals), expiringSoon: expiringSoonOf(totals) };
}

export type Earn = {
  tenantId: string;
  customerId: string;
  reason: Extract<EntryReason, "registration" | "survey" | "referral" | "purchase">;
  points: number;
  // The event that earned them: the same key twice earns once.
  sourceKey: string;
  note?: string | null;
  amount?: string | null;
  createdBy?: string | null;
  at: Date;
};

// Appends an earn behind the customer's lock, lapsing after the tenant's expiry months.
// Returns whether it was written (false: this event already earned).
export async function earnPoints(tx: Db, e: Earn): Promise<boolean> {
  if (e.points <= 0 && e.reason !== "purchase") return false;
  await lockMember(tx, e.tenantId, e.customerId);
  const settings = await loyaltySettingsOf(tx, e.tenantId);
  const today = await tenantDay(tx, e.tenantId, e.at);
  return appendEntry(tx, {
    id: newId("lpe"),
    tenantId: e.tenantId,
    customerId: e.customerId,
    reason: e.reason,
    points: e.points,
    expiresAt: e.points > 0 ? expiryFrom(today, settings.expiryMonths) : null,
    amount: e.amount ?? null,
    note: e.note ?? null,
    sourceKey: e.sourceKey,
    createdBy: e.createdBy ?? null,
    createdAt: e.at,
  });
}
