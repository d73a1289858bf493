import {
  REPORT_CHOICE_DIMENSIONS,
  type ReportChoiceDimension,
} from "../../../../../shared/analytics-reports.js";
import type { ReportChoices } from "../../../../../shared/api/analytics-reports.js";
import type { Locale } from "../../../../../shared/i18n/locale.js";
import type { Services } from "../../../../platform/context.js";
import type { Actor } from "../../../../platform/http/actor.js";
import { refreshTenant } from "../../rollups.js";
import { keyLabels, usedKeys } from "../report-query.js";
import { reportWord } from "../report-words.js";

// The models, product lines and regions the tenant's tickets have, named in the caller's language,
// for the builder's filters: only choices that can match something. "" (no unit, no address) comes
// last as "(none)". Changed tickets are taken into the rollups first, as a report run does.
export async function reportFilterChoices(s: Services, actor: Actor, locale: Locale): Promise<ReportChoices> {
  await refreshTenant(s.db, actor.tenantId, s.clock.now());
  const keys = await usedKeys(s.db, actor.tenantId, REPORT_CHOICE_DIMENSIONS);
  const english = locale === "en";
  const choicesOf = async (dim: ReportChoiceDimension) => {
    const all = keys.get(dim) ?? [];
    const names = await keyLabels(s.db, actor.tenantId, dim, all, english);
    const named = all.filter((k) => k !== "").map((key) => ({ key, label: names.get(key) ?? key }));
    return all.includes("") ? [...named, { key: "", label: reportWord("none", locale) }] : named;
  };
  const [model, line, region] = await Promise.all(REPORT_CHOICE_DIMENSIONS.map(choicesOf));
  return { model: model ?? [], line: line ?? [], region: region ?? [] };
}
