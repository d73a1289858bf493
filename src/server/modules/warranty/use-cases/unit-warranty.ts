import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { findUnitBySerial, getUnit, tenantToday } from "../../products/index.js";
import { toUnitPlanDto } from "../plan-dto.js";
import { listUnitPlans, listUnitRepairs } from "../warranty.repository.js";
import { evaluateUnitEntitlement } from "./evaluate-unit-entitlement.js";

// A unit's 三包 periods today (whole unit and main components) and what extended or restarted
// them: its repairs (days in repair and waiting for parts), the exchange it came from and the paid
// extended plans sold for it.
export async function unitWarranty(s: Services, actor: Actor, serial: string) {
  await getUnit(s, actor, serial); // who may see the unit (404 otherwise)
  const unit = await findUnitBySerial(s.db, actor.tenantId, serial);
  if (!unit) throw new Error("unit vanished");
  const today = await tenantToday(s, actor.tenantId);
  const [repairs, plans, entitlement] = await Promise.all([
    listUnitRepairs(s.db, actor.tenantId, unit.id),
    listUnitPlans(s.db, actor.tenantId, unit.id),
    evaluateUnitEntitlement(s.db, actor.tenantId, unit, {
      requestDate: today,
      fault: { kind: "performance_fault", cause: "quality" },
    }),
  ]);
  return {
    unitSerial: unit.serial,
    rule: entitlement.rule,
    category: entitlement.category,
    period: entitlement.period,
    repairs: repairs.map((r) => ({
      start: r.start,
      end: r.end,
      waitingPartsDays: r.waitingPartsDays,
      problem: r.problem,
    })),
    plans: plans.map(toUnitPlanDto),
    exchangedOn: unit.exchangedOn,
    exchangedFromSerial: unit.exchangedFromSerial,
    entitlement,
  };
}
