import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import { insertUnitRepair } from "../warranty.repository.js";

export type RepairFact = {
  start: string;
  end: string | null;
  problem?: string;
  waitingPartsDays?: number;
  delayCause?: "producer_parts" | "repairer" | "other";
  source: string;
};

// A repair of a unit as the 三包 rules count it, in the caller's transaction (an RMA step): its days
// extend the period and the count decides 部分商品三包规定 第十一条 (repaired twice, still faulty).
export async function recordUnitRepair(
  tx: Db,
  tenantId: string,
  unitId: string,
  repair: RepairFact,
  at: Date,
): Promise<void> {
  await insertUnitRepair(tx, {
    id: newId("urp"),
    tenantId,
    unitId,
    start: repair.start,
    end: repair.end,
    problem: repair.problem ?? null,
    waitingPartsDays: repair.waitingPartsDays ?? 0,
    delayCause: repair.delayCause ?? null,
    source: repair.source,
    createdAt: at,
  });
}
