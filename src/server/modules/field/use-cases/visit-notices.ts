import { and, eq, gte, isNull, lt, ne, or } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.js";
import type { JobContext } from "../../../platform/jobs/queue.js";
import { notifyCustomerAboutVisit } from "../../channels/index.js";
import { todayIn } from "../../products/index.js";
import { listTenants, tenantSettings } from "../../tenancy/index.js";
import { userNames, type VisitRow } from "../field.repository.js";
import { visits } from "../field.tables.js";
import { localMidnight } from "../slots.js";
import { type LatLng, travelMinutes } from "../travel-estimate.js";

// What the customer hears about a home visit: the booking (and every rebooking), a reminder the
// day before, and "on the way" with the expected arrival. Each is enqueued in the visit's own
// transaction through the channels module, which sends it after commit by the customer's preferred
// channel in their language. Texts per language are filled here; the templates live in channels.

type Locale = "zh-CN" | "en";
const LOCALES: readonly Locale[] = ["zh-CN", "en"];

// What to have ready, per visit kind.
const PREPARE: Record<string, Record<Locale, string>> = {
  installation: {
    en: "the delivered product unopened, a power socket and water connection nearby, and free access to the place of installation",
    "zh-CN": "保持产品包装完好，安装位置附近备好电源插座和水源，并清理出安装空间",
  },
  delivery: {
    en: "someone at home to check model, quantity and condition and to sign",
    "zh-CN": "请安排人员在家核对型号、数量和外观并签收",
  },
  repair: {
    en: "the purchase invoice or warranty card, and free access to the appliance",
    "zh-CN": "购机发票或保修卡，并清理出设备周围的空间",
  },
  maintenance: {
    en: "free access to the machine and its service records",
    "zh-CN": "清理出设备周围的空间，并备好以往的保养记录",
  },
  inspection: {
    en: "free access to the appliance and a description of what you noticed",
    "zh-CN": "清理出设备周围的空间，并准备好对故障现象的描述",
  },
};
const PREPARE_DEFAULT: Record<Locale, string> = {
  en: "free access to the appliance",
  "zh-CN": "清理出设备周围的空间",
};

const dayFormat = (locale: Locale, timeZone: string) =>
  new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "zh-CN", {
    timeZone,
    weekday: "short",
    month: "short",
    day: "numeric",
  });
// 24-hour "14:05" reads the same in both languages.
const timeFormat = (timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** "Sat 6 Dec, 10:00–12:00" / "12月6日周六 10:00–12:00" in the tenant's time zone. */
function windowText(start: Date, end: Date, locale: Locale, timeZone: string): string {
  const t = timeFormat(timeZone);
  const sep = locale === "en" ? ", " : " ";
  return `${dayFormat(locale, timeZone).format(start)}${sep}${t.format(start)}–${t.format(end)}`;
}

async function basics(tx: Db, visit: VisitRow) {
  const timeZone = (await tenantSettings(tx, visit.tenantId))?.timezone ?? "Asia/Shanghai";
  const names = await userNames(tx, visit.tenantId, visit.technicianId ? [visit.technicianId] : []);
  const technician = (visit.technicianId && names.get(visit.technicianId)) || "";
  return { timeZone, technician };
}

function perLocale(fill: (locale: Locale) => Record<string, string>) {
  const [zh, en] = LOCALES.map(fill) as [Record<string, string>, Record<string, string>];
  return { "zh-CN": zh, en };
}

async function windowNotice(tx: Db, visit: VisitRow, kind: "visit_booked" | "visit_reminder") {
  if (!visit.windowStart || !visit.windowEnd) return;
  const { timeZone, technician } = await basics(tx, visit);
  const start = visit.windowStart;
  const end = visit.windowEnd;
  await notifyCustomerAboutVisit(tx, {
    tenantId: visit.tenantId,
    ticketId: visit.ticketId,
    kind,
    key: `${visit.id}:${start.toISOString()}`,
    vars: perLocale((locale) => ({
      window: windowText(start, end, locale, timeZone),
      technician,
      prepare: (PREPARE[visit.kind] ?? PREPARE_DEFAULT)[locale],
    })),
  });
}

/** Booked or rebooked (by the customer, the desk, or a plan giving it a new window). */
export const noticeBooked = (tx: Db, visit: VisitRow) => windowNotice(tx, visit, "visit_booked");

// The arrival to announce when the technician sets off: now plus the travel time from where they
// are (the phone's position, else their home base) to the site, when both places are known; else
// the plan's arrival, else the start of the booked window — whichever is still ahead.
export function expectedArrival(visit: VisitRow, now: Date, from: LatLng | null): Date | null {
  const to = visit.lat !== null && visit.lng !== null ? { lat: visit.lat, lng: visit.lng } : null;
  const minutes = from && to ? travelMinutes(from, to) : null;
  if (minutes !== null) return new Date(now.getTime() + Math.max(1, Math.ceil(minutes)) * 60_000);
  const planned = [visit.plannedStart, visit.windowStart].find((d) => d && d > now);
  return planned ?? null;
}

export async function noticeOnTheWay(tx: Db, visit: VisitRow, eta: Date | null, key: string) {
  const { timeZone, technician } = await basics(tx, visit);
  await notifyCustomerAboutVisit(tx, {
    tenantId: visit.tenantId,
    ticketId: visit.ticketId,
    kind: "visit_on_the_way",
    key,
    vars: perLocale((locale) => ({
      technician,
      eta: eta
        ? timeFormat(timeZone).format(eta)
        : locale === "en"
          ? "within your booked window"
          : "预约时段内",
    })),
  });
}

// Hourly: every scheduled visit whose window starts tomorrow (each tenant's own calendar day) and
// whose reminder has not gone out for that window gets one. The mark is set in the statement that
// picks the row, so a visit is reminded once per booking; a visit moved to another day is picked
// again only if its new window is again tomorrow, and a cancelled one is no longer scheduled.
export async function remindTomorrowsVisits({ tx, now }: JobContext): Promise<void> {
  for (const tenant of await listTenants(tx)) {
    const [y = 0, m = 0, d = 0] = todayIn(tenant.timezone, now).split("-").map(Number);
    const from = localMidnight(y, m, d + 1, tenant.timezone);
    const to = localMidnight(y, m, d + 2, tenant.timezone);
    const due = await tx
      .update(visits)
      .set({ remindedFor: visits.windowStart })
      .where(
        and(
          eq(visits.tenantId, tenant.id),
          eq(visits.status, "scheduled"),
          gte(visits.windowStart, from),
          lt(visits.windowStart, to),
          or(isNull(visits.remindedFor), ne(visits.remindedFor, visits.windowStart)),
        ),
      )
      .returning();
    for (const visit of due) await windowNotice(tx, visit, "visit_reminder");
  }
}
