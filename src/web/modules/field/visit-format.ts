import type { fieldEn } from "../../i18n/field";
import type { Visit } from "./api";

// "12月8日 09:00–11:00" / "Dec 8, 09:00–11:00" in the user's time zone (useFormat().tz), not the
// phone's: a technician whose phone is set elsewhere still sees the customer's clock.
export function windowText(
  v: Pick<Visit, "windowStart" | "windowEnd">,
  language: string,
  timeZone: string,
): string {
  if (!v.windowStart || !v.windowEnd) return "—";
  const day = new Date(v.windowStart).toLocaleDateString(language, {
    month: "short",
    day: "numeric",
    timeZone,
  });
  return `${day} ${clockText(v.windowStart, language, timeZone)}–${clockText(v.windowEnd, language, timeZone)}`;
}

// "14:35" in the user's time zone.
export const clockText = (iso: string, language: string, timeZone: string) =>
  new Date(iso).toLocaleTimeString(language, { hour: "2-digit", minute: "2-digit", hour12: false, timeZone });

// The calendar day (YYYY-MM-DD) `ahead` days from now in the user's time zone.
export const dayInZone = (ahead: number, timeZone: string) =>
  new Date(Date.now() + ahead * 86_400_000).toLocaleDateString("en-CA", { timeZone });

// Opens the phone's map app on the address (a geo: link is not understood by every browser).
export const mapLink = (address: string) =>
  `https://uri.amap.com/search?keyword=${encodeURIComponent(address)}`;

// Translation keys of a visit's type and status (the API gives them as plain strings).
export const kindKey = (kind: string) => `field.kind.${kind as keyof typeof fieldEn.kind}` as const;
export const statusKey = (status: string) => `field.status.${status as keyof typeof fieldEn.status}` as const;
