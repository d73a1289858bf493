import type { Entitlement } from "../../../../shared/warranty.js";
import type { Context } from "./context.js";
import { addDays, addMonths, carRepairDays, dateOf, daysBetween, rollToWorkingDay } from "./dates.js";

export type Period = Entitlement["period"];

/** The repairs of the current unit: those that started on or after the period's start (an exchange starts afresh). */
export function repairsSince(ctx: Context, start: string) {
  return (ctx.facts.repairs ?? []).filter((r) => dateOf(r.start) >= start);
}

/** Calendar days a 1995-rule repair occupied (to the request date while still open). */
function occupiedDays(ctx: Context, r: { start: string; end: string | null }): number {
  return Math.max(0, daysBetween(dateOf(r.start), dateOf(r.end ?? ctx.request)));
}

/** Car Art. 40 days of one repair, to the request date while still open. */
export function carDays(ctx: Context, r: { start: string; end: string | null }): number {
  return carRepairDays(r.start, r.end ?? ctx.request);
}

function endOf(ctx: Context, start: string, months: number, extraDays: number): string {
  const plain = addMonths(start, months);
  const last = addDays(ctx.config.periodEnd === "anniversary" ? plain : addDays(plain, -1), extraDays);
  if (!ctx.config.rollPastHolidays) return last;
  const rolled = rollToWorkingDay(last, ctx.calendar);
  if (rolled !== last)
    ctx.notices.push({ code: "period_rolled_past_holiday", params: { from: last, to: rolled } });
  return rolled;
}

function startOf(ctx: Context): Pick<Period, "start" | "startBasis"> {
  const { facts, entry, rule } = ctx;
  if (facts.exchangedOn) {
    ctx.notices.push({ code: "period_restarted_by_exchange", params: { date: facts.exchangedOn } });
    return { start: facts.exchangedOn, startBasis: "exchange" };
  }
  // Car Art. 18: the invoice date, or the delivery date when the two differ.
  if (rule === "car_2021" && facts.deliveryDate && facts.deliveryDate !== facts.invoiceDate) {
    ctx.notices.push({ code: "period_started_at_delivery", params: { date: facts.deliveryDate } });
    return { start: facts.deliveryDate, startBasis: "delivery" };
  }
  // 2011 公告: flat-panel TVs (and categories so configured) start when installation is finished.
  if (rule !== "car_2021" && entry?.startAt === "installation" && facts.deliveryDate) {
    ctx.notices.push({ code: "period_started_at_installation", params: { date: facts.deliveryDate } });
    return { start: facts.deliveryDate, startBasis: "installation" };
  }
  return { start: facts.invoiceDate, startBasis: "invoice" };
}

/** Start, ends and extension of the 三包 period (1995 Art. 8, 14; car Art. 18, 29). */
export function computePeriod(ctx: Context): Period {
  const { start, startBasis } = startOf(ctx);
  const promised = ctx.facts.promisedMonths ?? 0;
  const plan = ctx.facts.plan ? { planEndsAt: ctx.facts.plan.endsAt } : {};
  if (ctx.rule === "car_2021") {
    const entry = ctx.entry;
    const sanbaoMonths = entry?.wholeUnitMonths ?? 24;
    const repairMonths = Math.max(entry?.repairMonths ?? 36, promised);
    if (promised > (entry?.repairMonths ?? 36))
      ctx.notices.push({ code: "promise_longer_than_law", params: { months: promised } });
    return {
      start,
      startBasis,
      wholeUnitEndsAt: endOf(ctx, start, sanbaoMonths, 0),
      repairEndsAt: endOf(ctx, start, repairMonths, 0),
      mileageLimitKm: { sanbao: entry?.sanbaoKm ?? 50_000, repair: entry?.repairKm ?? 60_000 },
      extendedDays: 0,
      ...plan,
    };
  }
  // 1995 Art. 8: less the time in repair and waiting for parts.
  const extendedDays = repairsSince(ctx, start).reduce(
    (sum, r) => sum + occupiedDays(ctx, r) + (r.waitingPartsDays ?? 0),
    0,
  );
  if (extendedDays > 0)
    ctx.notices.push({ code: "period_extended_by_repairs", params: { days: extendedDays } });
  const legalWhole = ctx.entry?.wholeUnitMonths ?? ctx.config.consumerLaw.defaultMonths;
  if (promised > legalWhole)
    ctx.notices.push({ code: "promise_longer_than_law", params: { months: promised } });
  const whole = Math.max(legalWhole, promised);
  const major = ctx.entry?.majorPartsMonths;
  return {
    start,
    startBasis,
    wholeUnitEndsAt: endOf(ctx, start, whole, extendedDays),
    ...(major !== undefined
      ? { majorPartsEndsAt: endOf(ctx, start, Math.max(major, whole), extendedDays) }
      : {}),
    extendedDays,
    ...plan,
  };
}
