import type { Entitlement } from "../../../shared/warranty.js";

// What a return refunds: the invoice price, less depreciation where the rules allow it
// (部分商品三包规定 第十三条: a daily rate over the days of use, repair days not counted). Amounts in
// yuan with two decimals; null when the invoice price is not recorded.
export function refundFor(invoicePrice: string | null, entitlement: Entitlement): string | null {
  if (invoicePrice === null) return null;
  const price = Math.round(Number(invoicePrice) * 100);
  const ret = entitlement.remedies.find((r) => r.remedy === "return" || r.remedy === "no_reason_return");
  const rate = ret?.depreciationPerDay ?? 0;
  const days = ret?.depreciationDays ?? 0;
  const depreciation = Math.round(price * rate * days);
  return (Math.max(0, price - depreciation) / 100).toFixed(2);
}
