import { and, eq, isNull } from "drizzle-orm";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import type { TVisitRating } from "../field.schemas.js";
import { visits } from "../field.tables.js";
import { claimActionKey } from "./action-key.js";
import { recordStep, visitDto, visitInScope } from "./visit-context.js";

const DESK = ["admin", "supervisor", "agent"];

// The customer's stars and comment, given on the technician's phone once they have signed (on site
// or just after check-out). Once per visit: a second rating is a conflict, while an offline resend
// under the same Idempotency-Key answers the visit unchanged.
export async function rateVisit(s: Services, actor: Actor, id: string, input: TVisitRating, key?: string) {
  return s.db.transaction(async (tx) => {
    const first = await claimActionKey(tx, actor, key, id, "rate");
    const { visit } = await visitInScope(tx, actor, id, true);
    if (!first) return visitDto(tx, visit);
    const mine = actor.role === "technician" && actor.userId === visit.technicianId;
    if (!DESK.includes(actor.role) && !mine) throw new AppError("auth.forbidden");
    if (visit.status !== "on_site" && visit.status !== "done")
      throw new AppError("field.invalid_transition", { status: visit.status, action: "rate" });
    if (!visit.signature) throw new AppError("field.signature_required");
    if (visit.rating !== null) throw new AppError("field.already_rated");
    const now = s.clock.now();
    // The "not rated yet" condition in the write keeps two racing ratings from both landing.
    const [row] = await tx
      .update(visits)
      .set({ rating: input.stars, ratingComment: input.comment ?? null, ratedAt: now, updatedAt: now })
      .where(and(eq(visits.tenantId, actor.tenantId), eq(visits.id, visit.id), isNull(visits.rating)))
      .returning();
    if (!row) throw new AppError("field.already_rated");
    await recordStep(tx, s, actor, row, {
      action: "rated",
      from: visit.status,
      to: visit.status,
    });
    return visitDto(tx, row);
  });
}
