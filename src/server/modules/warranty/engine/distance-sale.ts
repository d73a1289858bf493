import { DISTANCE_CHANNELS, type EntitlementRemedy } from "../../../../shared/warranty.js";
import type { Context } from "./context.js";
import { isWithinDays, lastDayWithin } from "./dates.js";
import { grant } from "./remedy.js";
import { CONSUMER_LAW_ARTICLES as A } from "./rules/consumer-law.js";

/** 消法 Art. 25 (rules.md §4.4): the no-reason return of a distance sale, alongside any quality remedy. */
export function noReasonReturn(ctx: Context): EntitlementRemedy | null {
  const { facts, config, receipt, request } = ctx;
  if (!DISTANCE_CHANNELS.includes(facts.channel)) return null;
  const rule = config.noReasonReturn;
  if (!isWithinDays(receipt, request, rule.days, config.dayCounting)) {
    ctx.notices.push({
      code: "no_reason_return_expired",
      params: { date: lastDayWithin(receipt, rule.days, config.dayCounting) },
    });
    return null;
  }
  const excluded = facts.itemFlags?.[0];
  if (excluded) {
    ctx.notices.push({ code: "no_reason_return_excluded_item", params: { flag: excluded } });
    return null;
  }
  if (facts.itemIntact === false) {
    ctx.notices.push({ code: "no_reason_return_not_intact" });
    return null;
  }
  return grant("no_reason_return", A.noReasonReturn, true, {
    deadline: lastDayWithin(receipt, rule.days, config.dayCounting),
    shippingPaidBy: rule.shippingPaidBy,
    refundWithinDays: rule.refundWithinDays,
  });
}
