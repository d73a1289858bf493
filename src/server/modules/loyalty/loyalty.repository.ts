import { randomBytes } from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import type { LoyaltySettings } from "../../../shared/api/loyalty.js";
import type { Db } from "../../platform/db/client.js";
import { DEFAULT_LOYALTY_SETTINGS } from "./default-settings.js";
import type { LedgerTotals } from "./ledger.js";
import { loyaltyEntries, loyaltyMembers, loyaltySettings, loyaltyVouchers } from "./loyalty.tables.js";

export type MemberRow = typeof loyaltyMembers.$inferSelect;
export type EntryRow = typeof loyaltyEntries.$inferSelect;

// Crockford base32 without I, L, O, U: easy to read aloud and to type from a poster.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const randomCode = (length: number): string =>
  Array.from(randomBytes(length), (b) => ALPHABET[b % 32]).join("");

export async function loyaltySettingsOf(db: Db, tenantId: string): Promise<LoyaltySettings> {
  const [row] = await db.select().from(loyaltySettings).where(eq(loyaltySettings.tenantId, tenantId));
  return row?.settings ?? DEFAULT_LOYALTY_SETTINGS;
}

export async function saveLoyaltySettings(db: Db, tenantId: string, settings: LoyaltySettings, by: string) {
  await db
    .insert(loyaltySettings)
    .values({ tenantId, settings, updatedBy: by })
    .onConflictDoUpdate({
      target: loyaltySettings.tenantId,
      set: { settings, updatedBy: by, updatedAt: sql`now()` },
    });
}

async function findMember(db: Db, tenantId: string, customerId: string): Promise<MemberRow | undefined> {
  const [row] = await db
    .select()
    .from(loyaltyMembers)
    .where(and(eq(loyaltyMembers.tenantId, tenantId), eq(loyaltyMembers.customerId, customerId)));
  return row;
}

export async function findMemberByCode(
  db: Db,
  tenantId: string,
  code: string,
): Promise<MemberRow | undefined> {
  const [row] = await db
    .select()
    .from(loyaltyMembers)
    .where(and(eq(loyaltyMembers.tenantId, tenantId), eq(loyaltyMembers.referralCode, code.toUpperCase())));
  return row;
}

// The customer's member row, made on first use (a new code; a clash on the code is retried).
export async function ensureMember(db: Db, tenantId: string, customerId: string): Promise<MemberRow> {
  for (let attempt = 0; ; attempt++) {
    const existing = await findMember(db, tenantId, customerId);
    if (existing) return existing;
    try {
      await db
        .insert(loyaltyMembers)
        .values({ tenantId, customerId, referralCode: randomCode(8) })
        .onConflictDoNothing({ target: [loyaltyMembers.tenantId, loyaltyMembers.customerId] });
    } catch (err) {
      if (attempt >= 3) throw err;
    }
  }
}

// Locks the customer's member row until the transaction ends: every change of one customer's
// points runs behind this lock, so two redemptions cannot both spend the same points.
export async function lockMember(tx: Db, tenantId: string, customerId: string): Promise<MemberRow> {
  await ensureMember(tx, tenantId, customerId);
  const [row] = await tx
    .select()
    .from(loyaltyMembers)
    .where(and(eq(loyaltyMembers.tenantId, tenantId), eq(loyaltyMembers.customerId, customerId)))
    .for("update");
  if (!row) throw new Error("member vanished");
  return row;
}

export async function updateMember(
  tx: Db,
  tenantId: string,
  customerId: string,
  set: Partial<Pick<MemberRow, "referredBy" | "referralRewardedAt" | "birthday" | "careOptOut">>,
) {
  await tx
    .update(loyaltyMembers)
    .set(set)
    .where(and(eq(loyaltyMembers.tenantId, tenantId), eq(loyaltyMembers.customerId, customerId)));
}

export async function ledgerTotals(
  db: Db,
  tenantId: string,
  customerId: string,
  today: string,
  soon: string,
): Promise<LedgerTotals> {
  const [row] = await db
    .select({
      earned: sql<string>`coalesce(sum(${loyaltyEntries.points}) filter (where ${loyaltyEntries.points} > 0), 0)`,
      debits: sql<string>`coalesce(-sum(${loyaltyEntries.points}) filter (where ${loyaltyEntries.points} < 0), 0)`,
      lapsed: sql<string>`coalesce(sum(${loyaltyEntries.points}) filter (where ${loyaltyEntries.points} > 0 and ${loyaltyEntries.expiresAt} <= ${today}), 0)`,
      lapsingSoon: sql<string>`coalesce(sum(${loyaltyEntries.points}) filter (where ${loyaltyEntries.points} > 0 and ${loyaltyEntries.expiresAt} <= ${soon}), 0)`,
    })
    .from(loyaltyEntries)
    .where(and(eq(loyaltyEntries.tenantId, tenantId), eq(loyaltyEntries.customerId, customerId)));
  return {
    earned: Number(row?.earned ?? 0),
    debits: Number(row?.debits ?? 0),
    lapsed: Number(row?.lapsed ?? 0),
    lapsingSoon: Number(row?.lapsingSoon ?? 0),
  };
}

// Appends an entry; one with a source key already written is skipped (false).
export async function appendEntry(tx: Db, row: typeof loyaltyEntries.$inferInsert): Promise<boolean> {
  const written = await tx
    .insert(loyaltyEntries)
    .values(row)
    .onConflictDoNothing()
    .returning({ id: loyaltyEntries.id });
  return written.length > 0;
}

export async function listEntries(
  db: Db,
  tenantId: string,
  customerId: string,
  limit = 100,
): Promise<EntryRow[]> {
  return db
    .select()
    .from(loyaltyEntries)
    .where(and(eq(loyaltyEntries.tenantId, tenantId), eq(loyaltyEntries.customerId, customerId)))
    .orderBy(desc(loyaltyEntries.createdAt), desc(loyaltyEntries.id))
    .limit(limit);
}

export async function purchaseTotal(db: Db, tenantId: string, customerId: string): Promise<string> {
  const [row] = await db
    .select({ total: sql<string>`coalesce(sum(${loyaltyEntries.amount}::numeric), 0)::text` })
    .from(loyaltyEntries)
    .where(
      and(
        eq(loyaltyEntries.tenantId, tenantId),
        eq(loyaltyEntries.customerId, customerId),
        eq(loyaltyEntries.reason, "purchase"),
      ),
    );
  return row?.total ?? "0";
}

export async function listVouchers(db: Db, tenantId: string, customerId: string) {
  return db
    .select()
    .from(loyaltyVouchers)
    .where(and(eq(loyaltyVouchers.tenantId, tenantId), eq(loyaltyVouchers.customerId, customerId)))
    .orderBy(desc(loyaltyVouchers.createdAt))
    .limit(50);
}

export async function insertVoucher(tx: Db, row: typeof loyaltyVouchers.$inferInsert) {
  await tx.insert(loyaltyVouchers).values(row);
}

export async function lockVoucher(tx: Db, tenantId: string, code: string) {
  const [row] = await tx
    .select()
    .from(loyaltyVouchers)
    .where(and(eq(loyaltyVouchers.tenantId, tenantId), eq(loyaltyVouchers.code, code.toUpperCase())))
    .for("update");
  return row;
}

export async function markVoucherUsed(
  tx: Db,
  tenantId: string,
  id: string,
  usedOn: string,
  usedBy: string,
  at: Date,
) {
  await tx
    .update(loyaltyVouchers)
    .set({ usedAt: at, usedOn, usedBy })
    .where(and(eq(loyaltyVouchers.tenantId, tenantId), eq(loyaltyVouchers.id, id)));
}
