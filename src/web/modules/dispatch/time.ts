// Times on the board are shown in the tenant's time zone, whatever the planner's browser says.
export function minuteOfDay(iso: string, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(new Date(iso));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return n("hour") * 60 + n("minute");
}

export const clock = (iso: string | null, timeZone: string, lang: string) =>
  iso
    ? new Date(iso).toLocaleTimeString(lang, { hour: "2-digit", minute: "2-digit", hour12: false, timeZone })
    : "—";

export const hhmm = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(Math.round(minute % 60)).padStart(2, "0")}`;

/** Today in the tenant's zone, as YYYY-MM-DD. */
export const today = (timeZone = "Asia/Shanghai") => new Date().toLocaleDateString("en-CA", { timeZone });
