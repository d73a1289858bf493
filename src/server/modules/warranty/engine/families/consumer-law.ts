import type { EntitlementRemedy } from "../../../../../shared/warranty.js";
import type { Context } from "../context.js";
import { isWithinDays, lastDayWithin } from "../dates.js";
import type { Period } from "../period.js";
import { grant } from "../remedy.js";
import { CONSUMER_LAW_ARTICLES as A } from "../rules/consumer-law.js";
import type { FamilyResult } from "./partial-goods.js";

/**
 * 消法 Art. 24, for goods no national 三包 rule covers: a return within 7 days of receipt; later a
 * return only where the statutory conditions to terminate the contract are met, otherwise exchange
 * or repair. The business pays transport (¶2). Free repair lasts the promised (or default) period.
 */
export function consumerLaw(ctx: Context, period: Period): FamilyResult {
  const { request, config, receipt } = ctx;
  if (request > period.wholeUnitEndsAt) return { remedies: [], inPeriod: false };
  const shipping = { shippingPaidBy: "business" as const };
  const out: EntitlementRemedy[] = [];
  const days = config.consumerLaw.returnDays;
  if (isWithinDays(receipt, request, days, config.dayCounting))
    out.push(
      grant("return", A.qualityRemedies, true, {
        deadline: lastDayWithin(receipt, days, config.dayCounting),
        ...shipping,
      }),
    );
  else
    out.push(grant("return", A.qualityRemedies, true, { condition: "statutory_termination", ...shipping }));
  out.push(grant("exchange", A.qualityRemedies, true, { deadline: period.wholeUnitEndsAt, ...shipping }));
  out.push(grant("repair", A.qualityRemedies, true, { deadline: period.wholeUnitEndsAt, ...shipping }));
  return { remedies: out, inPeriod: true };
}
