import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findTransfer, markTransferReceived } from "../parts.repository.js";
import { fillWaiting } from "./fill-waiting.js";
import { recordMovement } from "./record-movement.js";
import { sides, toTransferDto } from "./transfer-dto.js";

// The destination takes the goods in; back-orders waiting there are filled as by a receipt.
export async function receiveTransfer(s: Services, actor: Actor, id: string) {
  return s.db.transaction(async (tx) => {
    const row = await findTransfer(tx, actor.tenantId, id, true);
    if (!row) throw new AppError("stock.transfer_not_found");
    if (row.transfer.status !== "in_transit") throw new AppError("stock.transfer_already_received");
    const { part, from, to } = await sides(tx, actor.tenantId, row);
    const now = s.clock.now();
    const moved = await recordMovement(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      part,
      site: to,
      kind: "transfer_in",
      qty: row.transfer.qty,
      note: `← ${from.code} (${id})`,
      at: now,
    });
    const { filled } = await fillWaiting(tx, actor, part, to, moved.balance, now);
    const done = await markTransferReceived(tx, actor.tenantId, row.transfer, now);
    return toTransferDto(done, part, from, to, filled);
  });
}
