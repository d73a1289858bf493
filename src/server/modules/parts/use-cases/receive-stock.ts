import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { toStockLine } from "../parts.dto.js";
import type { TReceipt } from "../parts.schemas.js";
import { fillWaiting } from "./fill-waiting.js";
import { partAndSite } from "./part-and-site.js";
import { recordMovement } from "./record-movement.js";

// Goods in at a site. Back-ordered reservations of that part there are then filled oldest first,
// as far as the free stock goes (strictly in order: a large early one is not skipped for a later
// small one), and whoever asked for each — and the ticket's assignee — is told in the app.
export async function receiveStock(s: Services, actor: Actor, input: TReceipt) {
  return s.db.transaction(async (tx) => {
    const { part, site } = await partAndSite(tx, actor.tenantId, input.partNo, input.site);
    const now = s.clock.now();
    const received = await recordMovement(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      part,
      site,
      kind: "receipt",
      qty: input.qty,
      note: input.note ?? null,
      at: now,
    });
    const { balance, filled } = await fillWaiting(tx, actor, part, site, received.balance, now);
    return { ...toStockLine(balance, part, site), filled };
  });
}
