import type { EvaluateEntitlementBody, RepairRecord, SaleChannel } from "../../../shared/warranty.js";
import type { UnitWithProduct } from "../products/index.js";
import type { EntitlementFacts } from "./engine/index.js";
import type { UnitRepairRow } from "./warranty.repository.js";

// The engine's facts for a unit: what the unit and its product record (invoice = purchase date
// unless recorded apart, sale channel, documents, last exchange), its repair history, and the
// maker's own promise (the product's warranty months, binding when longer than the law) and the
// paid extended plan sold for it.
// `body` holds facts given in the request; they win over the recorded ones.
export function unitFacts(
  unit: UnitWithProduct,
  repairs: UnitRepairRow[],
  body: Omit<EvaluateEntitlementBody, "unitSerial">,
  plan?: { name: string; endsAt: string },
): EntitlementFacts {
  const recordedRepairs: RepairRecord[] = repairs.map((r) => ({
    start: r.start,
    end: r.end,
    ...(r.problem ? { problem: r.problem } : {}),
    ...(r.waitingPartsDays ? { waitingPartsDays: r.waitingPartsDays } : {}),
    ...(r.delayCause ? { delayCause: r.delayCause as RepairRecord["delayCause"] } : {}),
    ...(r.replaced ? { replaced: r.replaced } : {}),
  }));
  // A unit whose purchase staff recorded counts as proof unless a document is recorded missing.
  const evidence =
    unit.hasInvoice === null && unit.hasVoucher === null
      ? undefined
      : {
          ...(unit.hasInvoice !== null ? { invoice: unit.hasInvoice } : {}),
          ...(unit.hasVoucher !== null ? { voucher: unit.hasVoucher } : {}),
        };
  const recorded: EntitlementFacts = {
    ...(unit.productSanbaoRule ? { rule: unit.productSanbaoRule as EntitlementFacts["rule"] } : {}),
    ...(unit.productSanbaoCategory ? { category: unit.productSanbaoCategory } : {}),
    invoiceDate: unit.invoiceDate ?? unit.purchasedAt,
    ...(unit.deliveryDate ? { deliveryDate: unit.deliveryDate, receivedDate: unit.deliveryDate } : {}),
    channel: (unit.saleChannel as SaleChannel | null) ?? "offline",
    requestDate: body.requestDate,
    fault: body.fault,
    ...(recordedRepairs.length ? { repairs: recordedRepairs } : {}),
    ...(evidence ? { evidence } : {}),
    ...(unit.exchangedOn ? { exchangedOn: unit.exchangedOn } : {}),
    promisedMonths: unit.productWarrantyMonths,
    ...(plan ? { plan } : {}),
  };
  const given = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
  return { ...recorded, ...given } as EntitlementFacts;
}
