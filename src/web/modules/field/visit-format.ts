import type { fieldEn } from "../../i18n/field";
import type { Visit } from "./api";

// "12月8日 09:00–11:00" / "Dec 8, 09:00–11:00" in the browser's time zone.
export function windowText(v: Pick<Visit, "windowStart" | "windowEnd">, language: string): string {
  if (!v.windowStart || !v.windowEnd) return "—";
  const day = new Date(v.windowStart).toLocaleDateString(language, { month: "short", day: "numeric" });
  const time = (iso: string) =>
    new Date(iso).toLocaleTimeString(language, { hour: "2-digit", minute: "2-digit", hour12: false });
  return `${day} ${time(v.windowStart)}–${time(v.windowEnd)}`;
}

// "14:35" in the browser's time zone.
export const clockText = (iso: string, language: string) =>
  new Date(iso).toLocaleTimeString(language, { hour: "2-digit", minute: "2-digit", hour12: false });

// Opens the phone's map app on the address (a geo: link is not understood by every browser).
export const mapLink = (address: string) =>
  `https://uri.amap.com/search?keyword=${encodeURIComponent(address)}`;

// Translation keys of a visit's type and status (the API gives them as plain strings).
export const kindKey = (kind: string) => `field.kind.${kind as keyof typeof fieldEn.kind}` as const;
export const statusKey = (status: string) => `field.status.${status as keyof typeof fieldEn.status}` as const;
