import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import { newId } from "../../../platform/ids.js";
import { available, deltaOf, type MovementKind } from "../ledger.js";
import { findBalance, insertMovement, moveBalance, type PartRow, type SiteRow } from "../parts.repository.js";
import { alertIfLow } from "./low-stock-alert.js";

export type Movement = {
  tenantId: string;
  actorId: string | null;
  part: PartRow;
  site: SiteRow;
  kind: MovementKind;
  qty: number;
  reservationId?: string | null;
  ticketId?: string | null;
  note?: string | null;
  at: Date;
};

// The one way stock changes: the balance row (guarded, locked), the ledger row and the audit
// entry, all in the caller's transaction. Refused with 409 stock.insufficient when the balance
// would go negative or hold more than is on the shelf.
export async function recordMovement(tx: Db, m: Movement) {
  const key = { tenantId: m.tenantId, siteId: m.site.id, partId: m.part.id };
  const delta = deltaOf(m.kind, m.qty);
  const balance = await moveBalance(tx, key, delta, m.at);
  if (!balance) throw await insufficient(tx, m);
  await alertIfLow(tx, balance, delta, m.part, m.site, m.at);
  const movement = await insertMovement(tx, {
    id: newId("stm"),
    ...key,
    kind: m.kind,
    qty: m.qty,
    ...delta,
    reservationId: m.reservationId ?? null,
    ticketId: m.ticketId ?? null,
    actorId: m.actorId,
    note: m.note ?? null,
    createdAt: m.at,
  });
  await appendAudit(tx, {
    tenantId: m.tenantId,
    actorId: m.actorId,
    action: `stock.${m.kind}`,
    entityType: "stock_movement",
    entityId: movement.id,
    data: {
      partNo: m.part.partNo,
      site: m.site.code,
      qty: m.qty,
      reservationId: m.reservationId ?? null,
      ticketId: m.ticketId ?? null,
      note: m.note ?? null,
    },
    at: m.at,
  });
  return { balance, movement };
}

async function insufficient(tx: Db, m: Movement): Promise<AppError> {
  const b = await findBalance(tx, { tenantId: m.tenantId, siteId: m.site.id, partId: m.part.id });
  return new AppError("stock.insufficient", {
    partNo: m.part.partNo,
    site: m.site.code,
    available: b ? available(b) : 0,
    qty: Math.abs(m.qty),
  });
}
