// A KPI value as people read it, in the interface language: ratios as percentages, minutes and days
// with their unit, money in yuan, counts whole.
export function formatKpi(
  k: { unit: string; value: number | null },
  lang: string,
  minutes: (n: string) => string,
  days: (n: string) => string,
): string {
  if (k.value === null) return "—";
  const n = new Intl.NumberFormat(lang, { maximumFractionDigits: k.unit === "ratio" ? 1 : 0 });
  if (k.unit === "ratio") return `${n.format(k.value * 100)} %`;
  if (k.unit === "score") return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(k.value);
  if (k.unit === "yuan")
    return new Intl.NumberFormat(lang, {
      style: "currency",
      currency: "CNY",
      // "¥" in every language (the default shows "CN¥" in English).
      currencyDisplay: "narrowSymbol",
      maximumFractionDigits: 2,
    }).format(k.value);
  if (k.unit === "minutes") return minutes(n.format(k.value));
  if (k.unit === "days")
    return days(new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(k.value));
  return n.format(k.value);
}
