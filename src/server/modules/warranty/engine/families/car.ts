import { CAR_ASSEMBLIES, type EntitlementRemedy } from "../../../../../shared/warranty.js";
import type { Context } from "../context.js";
import { addDays, addWorkingDays, dateOf, isWithinDays, lastDayWithin } from "../dates.js";
import { carDays, type Period, repairsSince } from "../period.js";
import { grant } from "../remedy.js";
import { CAR_ARTICLES as A } from "../rules/car-2021.js";
import type { FamilyResult } from "./partial-goods.js";

const EARLY_FAILURES = ["steering_fail", "brake_fail", "body_crack", "fuel_leak", "battery_fire"] as const;
const isAssembly = (part: string) => (CAR_ASSEMBLIES as readonly string[]).includes(part);

function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}
const most = (counts: Map<string, number>) => Math.max(0, ...counts.values());

/** Rules.md §4.5, C1–C9: SAMR Order 43 for household cars. */
export function car(ctx: Context, period: Period): FamilyResult {
  const { request, config, facts, mileageKm } = ctx;
  const c = config.car;
  const limits = period.mileageLimitKm ?? { sanbao: 50_000, repair: 60_000 };
  const inSanbao = request <= period.wholeUnitEndsAt && mileageKm < limits.sanbao;
  const inRepair = request <= (period.repairEndsAt ?? period.wholeUnitEndsAt) && mileageKm < limits.repair;
  if (mileageKm >= limits.sanbao)
    ctx.notices.push({ code: "mileage_limit_reached", params: { km: mileageKm } });
  if (!inRepair) return { remedies: [], inPeriod: false };

  const flags = new Set(facts.fault.flags ?? []);
  const early7 = isWithinDays(period.start, request, c.earlyReturnDays, config.dayCounting);
  // Art. 20/23 "60日内或者行驶里程3000公里之内（以先到者为准）": both limits must still hold.
  const early60 =
    isWithinDays(period.start, request, c.earlyWindowDays, config.dayCounting) &&
    mileageKm <= c.earlyWindowKm;
  const early60Ends = lastDayWithin(period.start, c.earlyWindowDays, config.dayCounting);
  // Art. 28: the seller answers in 10 and completes in 20 working days.
  const deadlines = {
    answerBy: addWorkingDays(request, c.answerWorkingDays, ctx.calendar),
    completeBy: addWorkingDays(request, c.completeWorkingDays, ctx.calendar),
    shippingPaidBy: "business" as const,
  };
  const out: EntitlementRemedy[] = [];
  const exchangeOrReturn = (
    ref: typeof A.sevenDays,
    free: boolean,
    deadline: string,
    fee?: EntitlementRemedy["usageFee"],
  ) => {
    const extra = { ...deadlines, deadline, ...(fee ? { usageFee: fee } : {}) };
    out.push(grant("exchange", ref, free, extra), grant("return", ref, free, extra));
  };

  if (early7 && flags.has("assembly_major_part"))
    exchangeOrReturn(A.sevenDays, true, lastDayWithin(period.start, c.earlyReturnDays, config.dayCounting));
  if (early60 && EARLY_FAILURES.some((f) => flags.has(f))) exchangeOrReturn(A.sixtyDays, true, early60Ends);
  if (early60 && flags.has("assembly_major_part"))
    out.push(
      grant("assembly_replacement", A.assemblyReplacement, true, {
        deadline: early60Ends,
        shippingPaidBy: "repairer",
      }),
    );

  const art24 = inSanbao ? article24(ctx, period) : null;
  if (art24) {
    const n = ctx.entry?.usageFeeCoefficient ?? 0.005;
    const fee = { coefficient: n, mileageKm, shareOfPrice: Number(((mileageKm / 1000) * n).toFixed(6)) };
    exchangeOrReturn(art24, fee.shareOfPrice === 0, period.wholeUnitEndsAt, fee);
  }
  // Art. 25: no car of the same brand and model → one of no lower configuration, else a return.
  if (!ctx.sellerHasSameModel)
    for (const r of out) if (r.remedy === "exchange") r.condition = "no_lower_configuration";

  // Art. 26: on any exchange or return the seller also repays registration, add-ons and service fees.
  if (out.some((r) => r.remedy === "exchange" || r.remedy === "return"))
    ctx.notices.push({ code: "car_exchange_costs_refunded" });
  out.push(
    grant("repair", A.freeRepair, true, { deadline: period.repairEndsAt, shippingPaidBy: "repairer" }),
  );
  const open = repairsSince(ctx, period.start).find((r) => r.end === null);
  if (open) {
    const from = addDays(dateOf(open.start), c.loanerAfterDays);
    if (carDays(ctx, open) > c.loanerAfterDays)
      out.push(grant("loaner", A.loaner, true, { availableFrom: from }));
    else ctx.notices.push({ code: "loaner_from_day_six", params: { date: from } });
  }
  return { remedies: out, inPeriod: true };
}

/** Art. 24 ¶1 (一)–(四) within the 三包有效期: the first ground that holds, or null. */
function article24(ctx: Context, period: Period) {
  const c = ctx.config.car;
  const repairs = repairsSince(ctx, period.start);
  const completed = repairs.filter((r) => r.end !== null);
  const replaced = repairs.map((r) => r.replaced).filter((p): p is string => p !== undefined);
  const assemblies = countBy(replaced.filter(isAssembly));
  const parts = countBy(replaced.filter((p) => !isAssembly(p)));
  const assemblyCount =
    c.assemblyCount === "same_assembly"
      ? most(assemblies)
      : [...assemblies.values()].reduce((a, b) => a + b, 0);
  const serious = (ctx.facts.fault.flags ?? []).includes("serious_safety");
  if (serious && ctx.stillFaulty && completed.length >= c.seriousRepairs) return A.seriousSafety;
  if (ctx.stillFaulty && assemblyCount >= c.replacements) return A.assemblies;
  if (ctx.stillFaulty && most(parts) >= c.replacements) return A.sameMajorPart;
  const cumulative = repairs.reduce((sum, r) => sum + carDays(ctx, r), 0);
  const sameProblem = most(
    countBy(repairs.map((r) => r.problem).filter((p): p is string => p !== undefined)),
  );
  if (cumulative > c.cumulativeRepairDays || sameProblem > c.sameProblemRepairs) return A.cumulative;
  return null;
}
