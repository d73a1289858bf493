import { and, eq, gt, lte } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import type { JobContext } from "../../../platform/jobs/queue.js";
import { listTenants } from "../../tenancy/index.js";
import { lapsedUnrecorded } from "../ledger.js";
import { appendEntry, ledgerTotals, lockMember } from "../loyalty.repository.js";
import { loyaltyEntries } from "../loyalty.tables.js";
import { plusDays, tenantDay } from "../tenant-day.js";

// Writes the lapse of points as ledger entries (the balance already leaves them out: this makes
// the history say so). Customers whose earns lapsed in the last 30 days are looked at, each
// behind their lock, once a day (the key carries the day).
async function expireTenantPoints(tx: Db, tenantId: string, today: string): Promise<number> {
  const candidates = await tx
    .selectDistinct({ customerId: loyaltyEntries.customerId })
    .from(loyaltyEntries)
    .where(
      and(
        eq(loyaltyEntries.tenantId, tenantId),
        gt(loyaltyEntries.expiresAt, plusDays(today, -30)),
        lte(loyaltyEntries.expiresAt, today),
      ),
    );
  let written = 0;
  for (const { customerId } of candidates) {
    await lockMember(tx, tenantId, customerId);
    const lapsed = lapsedUnrecorded(await ledgerTotals(tx, tenantId, customerId, today, today));
    if (lapsed <= 0) continue;
    const ok = await appendEntry(tx, {
      id: newId("lpe"),
      tenantId,
      customerId,
      reason: "expiry",
      points: -lapsed,
      sourceKey: `expiry:${customerId}:${today}`,
      createdAt: new Date(),
    });
    if (ok) written++;
  }
  return written;
}

export async function expirySchedule({ tx, now }: JobContext): Promise<void> {
  for (const tenant of await listTenants(tx))
    await expireTenantPoints(tx, tenant.id, await tenantDay(tx, tenant.id, now));
}
