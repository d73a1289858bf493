import { and, asc, eq, inArray, or } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import { mentions, type PersonalPatterns, scrubbedText } from "../../platform/privacy/personal-patterns.js";
import { callbackAttempts, callbacks } from "./callbacks.tables.js";

// A customer's data export (modules/privacy): the callbacks made to them after their tickets,
// with each attempt, result, score and the caller's notes (notes about them are their data too).
export async function exportCallbackData(db: Db, tenantId: string, customerId: string) {
  const rows = await db
    .select({
      id: callbacks.id,
      ticketId: callbacks.ticketId,
      status: callbacks.status,
      dueAt: callbacks.dueAt,
      attempts: callbacks.attempts,
      result: callbacks.result,
      score: callbacks.score,
      note: callbacks.note,
      reason: callbacks.reason,
      closedAt: callbacks.closedAt,
      createdAt: callbacks.createdAt,
    })
    .from(callbacks)
    .where(and(eq(callbacks.tenantId, tenantId), eq(callbacks.customerId, customerId)))
    .orderBy(asc(callbacks.createdAt));
  const ids = rows.map((r) => r.id);
  const attempts =
    ids.length === 0
      ? []
      : await db
          .select({
            callbackId: callbackAttempts.callbackId,
            outcome: callbackAttempts.outcome,
            note: callbackAttempts.note,
            at: callbackAttempts.createdAt,
          })
          .from(callbackAttempts)
          .where(and(eq(callbackAttempts.tenantId, tenantId), inArray(callbackAttempts.callbackId, ids)))
          .orderBy(asc(callbackAttempts.createdAt));
  return {
    callbacks: rows.map((r) => ({
      ...r,
      calls: attempts.filter((a) => a.callbackId === r.id).map(({ callbackId: _, ...a }) => a),
    })),
  };
}

// Erasure (modules/privacy): callbacks keep their outcome and score for the statistics; the
// callers' notes (staff's words about the customer) lose the customer's name, e-mail and phone,
// wherever in the tenant's callbacks they appear.
export async function eraseCallbackData(tx: Db, tenantId: string, who: PersonalPatterns): Promise<void> {
  await tx
    .update(callbacks)
    .set({ note: scrubbedText(callbacks.note, who), reason: scrubbedText(callbacks.reason, who) })
    .where(
      and(
        eq(callbacks.tenantId, tenantId),
        or(mentions(callbacks.note, who), mentions(callbacks.reason, who)),
      ),
    );
  await tx
    .update(callbackAttempts)
    .set({ note: scrubbedText(callbackAttempts.note, who) })
    .where(and(eq(callbackAttempts.tenantId, tenantId), mentions(callbackAttempts.note, who)));
}
