import type { QuarterPlan } from "../../../../shared/api/improvement.js";
import type { Db } from "../../../platform/db/client.js";
import { findUser } from "../../auth/index.js";
import { cyclesDueBetween } from "../improvement.repository.js";
import { findKpiOption } from "../kpi-port.js";
import { quarterOf } from "../pdca-states.js";
import { targetMet } from "./cycle-view.js";

// The year's cycles by the quarter they are due in (every quarter listed, empty ones too).
export async function quarterPlan(db: Db, tenantId: string, year: number): Promise<QuarterPlan> {
  const rows = await cyclesDueBetween(db, tenantId, `${year}-01-01`, `${year}-12-31`);
  const names = new Map<string, string | null>();
  for (const r of rows)
    if (!names.has(r.cycle.ownerId))
      names.set(r.cycle.ownerId, (await findUser(db, tenantId, r.cycle.ownerId))?.name ?? null);
  return {
    quarters: [1, 2, 3, 4].map((q) => ({
      quarter: `${year}-Q${q}`,
      cycles: rows
        .filter((r) => quarterOf(r.cycle.dueDate) === `${year}-Q${q}`)
        .map(({ cycle: c, itemTitle }) => ({
          id: c.id,
          itemId: c.itemId,
          itemTitle,
          phase: c.phase as QuarterPlan["quarters"][number]["cycles"][number]["phase"],
          dueDate: c.dueDate,
          ownerName: names.get(c.ownerId) ?? null,
          kpiId: c.kpiId,
          targetMet: c.check
            ? targetMet(findKpiOption(c.kpiId)?.direction ?? null, c.check.after.value, c.targetValue)
            : null,
        })),
    })),
  };
}
