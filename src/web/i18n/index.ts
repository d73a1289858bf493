import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import relativeTime from "dayjs/plugin/relativeTime";
import timezone from "dayjs/plugin/timezone";
import utc from "dayjs/plugin/utc";
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import type { Locale } from "../app/types";
import { en } from "./en";
import { zhCN } from "./zh-CN";

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(relativeTime);

const LANG_KEY = "aftercare.lang";
const LOCALES: readonly Locale[] = ["zh-CN", "en"];

export const isLocale = (v: unknown): v is Locale => v === "zh-CN" || v === "en";

// Whether this device has shown a language someone chose or adopted (kept across reloads).
export const hasDeviceLocale = (): boolean => isLocale(localStorage.getItem(LANG_KEY));

function initialLocale(): Locale {
  const stored = localStorage.getItem(LANG_KEY);
  if (isLocale(stored)) return stored;
  return navigator.language.toLowerCase().startsWith("en") ? "en" : "zh-CN";
}

const applyLocale = (lng: Locale) => {
  dayjs.locale(lng === "zh-CN" ? "zh-cn" : "en");
  document.documentElement.lang = lng;
};

const start = initialLocale();
applyLocale(start);

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, "zh-CN": { translation: zhCN } },
  lng: start,
  fallbackLng: "zh-CN",
  supportedLngs: LOCALES,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export const currentLocale = (): Locale => (isLocale(i18n.language) ? i18n.language : "zh-CN");

export async function setLocale(lng: Locale): Promise<void> {
  localStorage.setItem(LANG_KEY, lng);
  applyLocale(lng);
  await i18n.changeLanguage(lng);
}

export default i18n;
