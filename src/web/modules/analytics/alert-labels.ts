import type { TFunction } from "i18next";

// Alerts and their rules carry their names in both languages (the English one may be missing);
// readers see theirs. A channel is named by the app's own catalogue.
export const inLanguage = (lang: string, zh: string, en: string | null | undefined): string =>
  lang.startsWith("en") && en ? en : zh;

export function alertSubject(
  t: TFunction,
  lang: string,
  a: { dimension: string; key: string; label: string; labelEn?: string | null },
): string {
  const label = inLanguage(lang, a.label, a.labelEn);
  return a.dimension === "channel" ? t(`channel.${a.key as "web"}`, { defaultValue: label }) : label;
}
