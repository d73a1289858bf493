import { and, eq, inArray, or, type SQL } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import { contactPhoneDigits } from "../customers/index.js";
import { unitTransferOffers } from "./registrations.tables.js";

// Erasure of a customer: offers addressed to their e-mail or phone lose that address (an open one
// is withdrawn, nobody can accept it any more), and their own open offers are withdrawn.
export async function eraseTransferOffers(
  tx: Db,
  p: { tenantId: string; customerId: string; emails: string[]; phones: string[]; at: Date },
): Promise<void> {
  const o = unitTransferOffers;
  const emails = p.emails.map((e) => e.toLowerCase());
  const digits = p.phones.map(contactPhoneDigits).filter((d) => d.length > 0);
  const addressed: SQL[] = [];
  if (emails.length > 0) addressed.push(inArray(o.email, emails));
  if (digits.length > 0) addressed.push(inArray(o.phoneDigits, digits));
  const withdraw = { status: "cancelled", decidedAt: p.at };
  if (addressed.length > 0) {
    const toThem = and(eq(o.tenantId, p.tenantId), or(...addressed));
    await tx
      .update(o)
      .set(withdraw)
      .where(and(toThem, eq(o.status, "pending")));
    await tx.update(o).set({ email: null, phoneDigits: null }).where(toThem);
  }
  await tx
    .update(o)
    .set(withdraw)
    .where(and(eq(o.tenantId, p.tenantId), eq(o.fromCustomerId, p.customerId), eq(o.status, "pending")));
}
