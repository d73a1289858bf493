import type { EntitlementRemedy } from "../../../../../shared/warranty.js";
import type { Context } from "../context.js";
import { dateOf, daysBetween, isWithinDays, lastDayWithin } from "../dates.js";
import { type Period, repairsSince } from "../period.js";
import { grant } from "../remedy.js";
import { PARTIAL_GOODS_ARTICLES as A } from "../rules/partial-goods-1995.js";

export type FamilyResult = { remedies: EntitlementRemedy[]; inPeriod: boolean };

/** Rules.md §4.3, R1–R8: the 1995 rule for catalogue goods, in the order it is read. */
export function partialGoods(ctx: Context, period: Period): FamilyResult {
  const { request, config, entry, facts } = ctx;
  const pg = config.partialGoods;
  const major = facts.fault.part === "major" && period.majorPartsEndsAt !== undefined;
  const inWhole = request <= period.wholeUnitEndsAt;
  if (!inWhole && !(major && request <= (period.majorPartsEndsAt as string)))
    return { remedies: [], inPeriod: false };
  const shipping = entry?.largeItem ? ("repairer" as const) : ("business" as const);
  const repair = grant("repair", A.freeRepair, true, {
    deadline: major ? period.majorPartsEndsAt : period.wholeUnitEndsAt,
    shippingPaidBy: shipping,
  });
  // Past the whole-unit period only a main component's free repair remains (catalogue 主要部件).
  if (!inWhole) {
    ctx.notices.push({ code: "repair_guaranteed_thirty_days" });
    return { remedies: [repair], inPeriod: true };
  }

  const out: EntitlementRemedy[] = [];
  // Arts. 9–10 count from the sale; after an installation or an exchange, from the period's start.
  const anchor = period.start;
  const exchangeDeadline = lastDayWithin(anchor, pg.exchangeDays, config.dayCounting);
  // Arts. 9–10 need a 性能故障 (performance fault); other quality problems go to repair.
  const performance = facts.fault.kind === "performance_fault";
  if (performance && isWithinDays(anchor, request, pg.returnDays, config.dayCounting)) {
    const deadline = lastDayWithin(anchor, pg.returnDays, config.dayCounting);
    out.push(grant("return", A.sevenDays, true, { deadline, shippingPaidBy: "business" }));
    out.push(
      grant("exchange", A.sevenDays, true, { deadline: exchangeDeadline, shippingPaidBy: "business" }),
    );
  } else if (performance && isWithinDays(anchor, request, pg.exchangeDays, config.dayCounting)) {
    out.push(
      grant("exchange", A.fifteenDays, true, { deadline: exchangeDeadline, shippingPaidBy: "business" }),
    );
  }

  const current = repairsSince(ctx, period.start);
  const completed = current.filter((r) => r.end !== null);
  const open = current.find((r) => r.end === null);
  const openDays = open ? daysBetween(dateOf(open.start), request) : 0;
  const missingParts = entry?.missingPartsDays ?? pg.missingPartsDays;
  const exchangeGrounds = [
    ctx.stillFaulty && completed.length >= pg.repairsBeforeExchange
      ? grant("exchange", A.twoRepairs, true)
      : null,
    open?.delayCause === "producer_parts" && openDays > missingParts
      ? grant("exchange", A.missingParts, true)
      : null,
    open?.delayCause === "repairer" && openDays > pg.repairerDelayDays
      ? grant("exchange", A.repairerDelay, true, { costBorneBy: "repairer", shippingPaidBy: "repairer" })
      : null,
  ].filter((g): g is EntitlementRemedy => g !== null);
  if (exchangeGrounds.length > 0) {
    const sameModel = ctx.sellerHasSameModel;
    for (const g of exchangeGrounds)
      out.push({
        ...g,
        deadline: period.wholeUnitEndsAt,
        shippingPaidBy: g.shippingPaidBy ?? "business",
        ...(sameModel ? {} : { condition: "other_model_accepted" as const }),
      });
    out.push(art13Return(ctx, period, sameModel));
  }
  out.push(repair);
  // Art. 6: the repairer guarantees 30 days of normal use after a repair.
  ctx.notices.push({ code: "repair_guaranteed_thirty_days" });
  return { remedies: out, inPeriod: true };
}

/** Art. 13: a return instead of the exchange; depreciation only when the seller has the same model. */
function art13Return(ctx: Context, period: Period, sameModel: boolean): EntitlementRemedy {
  const rate = ctx.entry?.dailyDepreciation;
  const depreciate = sameModel || !ctx.config.partialGoods.noDepreciationWithoutSameModel;
  const usedDays = Math.max(0, daysBetween(ctx.facts.invoiceDate, ctx.request) - period.extendedDays);
  return grant("return", A.returnInsteadOfExchange, !depreciate, {
    deadline: period.wholeUnitEndsAt,
    shippingPaidBy: "business",
    ...(depreciate && rate !== undefined ? { depreciationPerDay: rate, depreciationDays: usedDays } : {}),
  });
}
