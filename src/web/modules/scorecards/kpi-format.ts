import { useTranslation } from "react-i18next";
import { type KpiDefinitionView, useCatalogue } from "../analytics/api";

// A KPI's name in the user's language and its value in its unit, from the server's catalogue.
export function useKpiText() {
  const { t, i18n } = useTranslation();
  const catalogue = useCatalogue();
  const defs = new Map<string, KpiDefinitionView>((catalogue.data?.items ?? []).map((k) => [k.id, k]));
  const en = i18n.language === "en";
  const name = (kpi: string) => {
    const d = defs.get(kpi);
    return d ? (en ? d.name.en : d.name.zh) : kpi;
  };
  const value = (kpi: string, v: number | null) => {
    if (v === null) return "—";
    const unit = defs.get(kpi)?.unit ?? "count";
    const n = (digits: number) => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: digits });
    if (unit === "ratio") return `${n(1).format(v * 100)} %`;
    if (unit === "minutes") return t("analytics.minutes", { n: n(0).format(v) });
    if (unit === "days") return t("analytics.days", { n: n(1).format(v) });
    return n(unit === "score" ? 2 : 1).format(v);
  };
  return { name, value, unit: (kpi: string) => defs.get(kpi)?.unit ?? "count" };
}
