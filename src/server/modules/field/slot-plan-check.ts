import type { Db } from "../../platform/db/client.js";
import type { VisitRow } from "./field.repository.js";
import type { Slot } from "./slots.js";

// The booking slots ask the current plan whether a visit can really join a technician's round in a
// window (travel between sites, the rest of the round kept in its windows). Field cannot import
// dispatch (dispatch builds on field), so dispatch provides the check when the modules are wired
// (its module definition); without it the slots are the free windows alone.
export type SlotPlanCheck = (db: Db, visit: VisitRow, slots: readonly Slot[]) => Promise<Slot[]>;

let provided: SlotPlanCheck | null = null;

export function provideSlotPlanCheck(check: SlotPlanCheck): void {
  provided = check;
}

/** Keeps, per window, only the technicians whose round can take the visit; drops empty windows. */
export async function checkSlotsAgainstPlan(db: Db, visit: VisitRow, slots: Slot[]): Promise<Slot[]> {
  // A remote diagnosis is a call: no travel, so the free windows are all it needs.
  if (!provided || slots.length === 0 || visit.kind === "remote") return slots;
  return (await provided(db, visit, slots)).filter((s) => s.technicianIds.length > 0);
}
