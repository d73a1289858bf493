import dayjs from "dayjs";
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";

const browserTz = (): string => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "Asia/Shanghai";
  } catch {
    return "Asia/Shanghai";
  }
};

const TimezoneContext = createContext<string>(browserTz());

export function TimezoneProvider({ tz, children }: { tz: string | null | undefined; children: ReactNode }) {
  return <TimezoneContext.Provider value={tz || browserTz()}>{children}</TimezoneContext.Provider>;
}

const FORMATS = {
  "zh-CN": { dateTime: "YYYY年M月D日 HH:mm", date: "YYYY年M月D日" },
  en: { dateTime: "MMM D, YYYY HH:mm", date: "MMM D, YYYY" },
} as const;

export type Formatter = {
  tz: string;
  dateTime: (iso: string | null | undefined) => string;
  date: (iso: string | null | undefined) => string;
  relative: (iso: string | null | undefined) => string;
  age: (iso: string | null | undefined) => string;
};

// Formats in the user's time zone and language; re-renders when either changes.
export function useFormat(): Formatter {
  const tz = useContext(TimezoneContext);
  const { i18n } = useTranslation();
  const lng = i18n.language === "en" ? "en" : "zh-CN";
  return useMemo(() => {
    const f = FORMATS[lng];
    const at = (iso: string) => dayjs(iso).tz(tz);
    return {
      tz,
      dateTime: (iso) => (iso ? at(iso).format(f.dateTime) : ""),
      // Dates without a time (purchase, warranty end) are calendar dates: no zone shift.
      date: (iso) => (iso ? (iso.length <= 10 ? dayjs(iso) : at(iso)).format(f.date) : ""),
      relative: (iso) => (iso ? dayjs(iso).fromNow() : ""),
      age: (iso) => (iso ? dayjs(iso).fromNow(true) : ""),
    };
    // lng is listed so the dayjs global locale change is picked up.
  }, [tz, lng]);
}

// Re-renders every `ms` so relative times ("3 分钟前") stay true without refetching.
export function useNow(ms = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), ms);
    return () => window.clearInterval(id);
  }, [ms]);
  return now;
}

// Absolute time with the relative one in a tooltip-friendly title, or the reverse.
export function TimeText({
  iso,
  mode = "relative",
}: {
  iso: string | null | undefined;
  mode?: "relative" | "absolute";
}) {
  const fmt = useFormat();
  useNow();
  if (!iso) return null;
  const abs = fmt.dateTime(iso);
  const rel = fmt.relative(iso);
  return (
    <time dateTime={iso} title={mode === "relative" ? abs : rel}>
      {mode === "relative" ? rel : abs}
    </time>
  );
}
