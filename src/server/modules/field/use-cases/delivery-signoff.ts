import { and, eq } from "drizzle-orm";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import type { TDeliverySignoff } from "../field.schemas.js";
import { visits } from "../field.tables.js";
import { claimActionKey } from "./action-key.js";
import { recordStep, visitDto, visitInScope } from "./visit-context.js";

const DESK = ["admin", "supervisor", "agent"];

// A delivery's sign-off, recorded on site before the customer signs: model, quantity and the
// condition the goods arrived in. The signature that follows confirms it, so it is fixed from then.
export async function recordDelivery(
  s: Services,
  actor: Actor,
  id: string,
  input: TDeliverySignoff,
  key?: string,
) {
  return s.db.transaction(async (tx) => {
    const first = await claimActionKey(tx, actor, key, id, "delivery");
    const { visit } = await visitInScope(tx, actor, id, true);
    if (!first) return visitDto(tx, visit);
    const mine = actor.role === "technician" && actor.userId === visit.technicianId;
    if (!DESK.includes(actor.role) && !mine) throw new AppError("auth.forbidden");
    if (visit.kind !== "delivery") throw new AppError("field.not_a_delivery");
    if (visit.status !== "on_site")
      throw new AppError("field.invalid_transition", { status: visit.status, action: "delivery" });
    if (visit.signature) throw new AppError("field.delivery_locked");
    const now = s.clock.now();
    const delivery = {
      model: input.model,
      quantity: input.quantity,
      condition: input.condition,
      note: input.condition === "damaged" ? (input.note ?? null) : null,
      at: now.toISOString(),
    };
    const [row] = await tx
      .update(visits)
      .set({ delivery, updatedAt: now })
      .where(and(eq(visits.tenantId, actor.tenantId), eq(visits.id, visit.id)))
      .returning();
    if (!row) throw new Error("field: the write returned no row");
    await recordStep(tx, s, actor, row, {
      action: "delivery_recorded",
      from: visit.status,
      to: visit.status,
      notes: delivery.condition === "damaged" ? delivery.note : null,
    });
    return visitDto(tx, row);
  });
}
