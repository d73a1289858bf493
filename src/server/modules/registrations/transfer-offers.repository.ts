import { and, desc, eq, or, type SQL } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import { unitTransferOffers } from "./registrations.tables.js";

export type TransferOfferRow = typeof unitTransferOffers.$inferSelect;

export async function insertTransferOffer(db: Db, row: typeof unitTransferOffers.$inferInsert) {
  await db.insert(unitTransferOffers).values(row);
}

// Offers a customer made, and pending offers addressed to their e-mail or phone.
export async function listTransferOffers(
  db: Db,
  tenantId: string,
  me: { customerId: string; email: string | null; phoneDigits: string | null },
): Promise<TransferOfferRow[]> {
  const toMe: SQL[] = [];
  if (me.email) toMe.push(eq(unitTransferOffers.email, me.email.toLowerCase()));
  if (me.phoneDigits) toMe.push(eq(unitTransferOffers.phoneDigits, me.phoneDigits));
  return db
    .select()
    .from(unitTransferOffers)
    .where(
      and(
        eq(unitTransferOffers.tenantId, tenantId),
        or(
          eq(unitTransferOffers.fromCustomerId, me.customerId),
          toMe.length ? and(eq(unitTransferOffers.status, "pending"), or(...toMe)) : undefined,
        ),
      ),
    )
    .orderBy(desc(unitTransferOffers.createdAt))
    .limit(200);
}

export async function lockTransferOffer(db: Db, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(unitTransferOffers)
    .where(and(eq(unitTransferOffers.tenantId, tenantId), eq(unitTransferOffers.id, id)))
    .for("update");
  return row;
}

export async function closeTransferOffers(
  db: Db,
  tenantId: string,
  unitId: string,
  patch: { acceptedId: string; acceptedBy: string; at: Date },
) {
  await db
    .update(unitTransferOffers)
    .set({ status: "cancelled", decidedAt: patch.at })
    .where(
      and(
        eq(unitTransferOffers.tenantId, tenantId),
        eq(unitTransferOffers.unitId, unitId),
        eq(unitTransferOffers.status, "pending"),
      ),
    );
  await db
    .update(unitTransferOffers)
    .set({ status: "accepted", acceptedBy: patch.acceptedBy, decidedAt: patch.at })
    .where(and(eq(unitTransferOffers.tenantId, tenantId), eq(unitTransferOffers.id, patch.acceptedId)));
}
