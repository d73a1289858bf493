import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import { enqueue } from "../../../platform/jobs/queue.js";
import { users } from "../../auth/index.js";
import { insertNotification } from "../../workspace/index.js";
import { available, type Delta } from "../ledger.js";
import { lowStockMailJob } from "../low-stock-mail.js";
import type { BalanceRow, PartRow, SiteRow } from "../parts.repository.js";

// Tells supervisors and admins in the app (and by e-mail, through an outbound job) when a movement takes a line's available stock to its
// reorder point or below — once, on the crossing, not on every later movement while it stays low.
export async function alertIfLow(tx: Db, b: BalanceRow, d: Delta, part: PartRow, site: SiteRow, at: Date) {
  if (b.reorderPoint === null) return;
  const now = available(b);
  const before = now - (d.onHandDelta - d.reservedDelta);
  if (!(now <= b.reorderPoint && before > b.reorderPoint)) return;
  const leads = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.tenantId, b.tenantId),
        inArray(users.role, ["supervisor", "admin"]),
        eq(users.active, true),
      ),
    );
  for (const { id } of leads)
    await insertNotification(tx, {
      id: newId("ntf"),
      tenantId: b.tenantId,
      userId: id,
      kind: "low_stock",
      ticketId: null,
      data: {
        partNo: part.partNo,
        partName: part.name,
        partNameEn: part.nameEn,
        site: site.code,
        available: now,
        reorderPoint: b.reorderPoint,
      },
      createdAt: at,
    });
  const crossing = `${site.id}-${part.id}-${at.getTime()}`.toLowerCase();
  await enqueue(
    tx,
    lowStockMailJob,
    {
      tenantId: b.tenantId,
      partNo: part.partNo,
      site: site.code,
      available: now,
      reorderPoint: b.reorderPoint,
      crossing,
    },
    { tenantId: b.tenantId, singletonKey: `low-stock:${b.tenantId}:${crossing}` },
  );
}
