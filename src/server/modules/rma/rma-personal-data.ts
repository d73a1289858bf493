import { and, asc, eq, inArray, or } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import {
  mentions,
  type PersonalPatterns,
  scrubbedJson,
  scrubbedText,
} from "../../platform/privacy/personal-patterns.js";
import { rmaSteps, rmas } from "./rma.tables.js";

// What a step records about the order (a follow-up call's outcome and notes, tracking, the
// inspection's result); not who on the staff did it, nor the QA signature's image.
const STEP_FIELDS = ["stage", "outcome", "notes", "carrier", "trackingNo", "result", "faultCode"] as const;
const pick = (data: Record<string, unknown>, keys: readonly string[]) =>
  Object.fromEntries(keys.filter((k) => data[k] !== undefined).map((k) => [k, data[k]]));

// A customer's data export (modules/privacy): their repair, exchange and return orders with the
// unit, carrier and tracking, refund, and each step's time and outcome.
export async function exportRmaData(db: Db, tenantId: string, customerId: string) {
  const rows = await db
    .select({
      id: rmas.id,
      number: rmas.number,
      ticketNumber: rmas.ticketNumber,
      unitSerial: rmas.unitSerial,
      kind: rmas.kind,
      status: rmas.status,
      carrier: rmas.carrier,
      trackingNo: rmas.trackingNo,
      replacementSerial: rmas.replacementSerial,
      refundAmount: rmas.refundAmount,
      receivedAt: rmas.receivedAt,
      createdAt: rmas.createdAt,
    })
    .from(rmas)
    .where(and(eq(rmas.tenantId, tenantId), eq(rmas.customerId, customerId)))
    .orderBy(asc(rmas.createdAt));
  const ids = rows.map((r) => r.id);
  const steps =
    ids.length === 0
      ? []
      : await db
          .select({
            rmaId: rmaSteps.rmaId,
            action: rmaSteps.action,
            status: rmaSteps.toStatus,
            data: rmaSteps.data,
            at: rmaSteps.at,
          })
          .from(rmaSteps)
          .where(and(eq(rmaSteps.tenantId, tenantId), inArray(rmaSteps.rmaId, ids)))
          .orderBy(asc(rmaSteps.at));
  return {
    rmas: rows.map((r) => ({
      ...r,
      steps: steps
        .filter((s) => s.rmaId === r.id)
        .map(({ rmaId: _, data, ...s }) => ({ ...s, ...pick(data, STEP_FIELDS) })),
    })),
  };
}

// Erasure (modules/privacy): RMAs keep their kind, unit, outcome and times; the staff's words
// (an override's reason, the QA inspection's notes, the steps' follow-up notes) lose the
// customer's name, e-mail and phone wherever in the tenant's RMAs they appear.
export async function eraseRmaData(tx: Db, tenantId: string, who: PersonalPatterns): Promise<void> {
  await tx
    .update(rmas)
    .set({
      overrideReason: scrubbedText(rmas.overrideReason, who),
      inspection: scrubbedJson(rmas.inspection, who),
    })
    .where(
      and(
        eq(rmas.tenantId, tenantId),
        or(mentions(rmas.overrideReason, who), mentions(rmas.inspection, who)),
      ),
    );
  await tx
    .update(rmaSteps)
    .set({ data: scrubbedJson(rmaSteps.data, who) })
    .where(and(eq(rmaSteps.tenantId, tenantId), mentions(rmaSteps.data, who)));
}
