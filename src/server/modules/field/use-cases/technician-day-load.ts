import { and, eq, gte, inArray, isNotNull, lt, sql } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.js";
import { tenantSettings } from "../../tenancy/index.js";
import { technicians, visits } from "../field.tables.js";
import { localDayBounds } from "../slots.js";

// Visits still ahead of a technician today: they are the field side of a person's load.
const STILL_TO_DO = ["scheduled", "en_route", "on_site"];

export type TechnicianDay = { skills: string[]; visitsToday: number };

// Every technician of the tenant with their field skills and the visits left on their calendar
// today (the tenant's local day): what the supervisor's load board shows next to desk agents.
export async function technicianDayLoad(db: Db, tenantId: string, now: Date) {
  const tenant = await tenantSettings(db, tenantId);
  const day = localDayBounds(now, tenant?.timezone ?? "Asia/Shanghai");
  const [techs, counts] = await Promise.all([
    db
      .select({ userId: technicians.userId, skills: technicians.skills })
      .from(technicians)
      .where(eq(technicians.tenantId, tenantId)),
    db
      .select({ userId: visits.technicianId, n: sql<number>`count(*)::int` })
      .from(visits)
      .where(
        and(
          eq(visits.tenantId, tenantId),
          isNotNull(visits.technicianId),
          inArray(visits.status, STILL_TO_DO),
          gte(visits.windowStart, day.start),
          lt(visits.windowStart, day.end),
        ),
      )
      .groupBy(visits.technicianId),
  ]);
  const out = new Map<string, TechnicianDay>();
  for (const t of techs) out.set(t.userId, { skills: t.skills, visitsToday: 0 });
  for (const c of counts) {
    if (!c.userId) continue;
    const entry = out.get(c.userId) ?? { skills: [], visitsToday: 0 };
    entry.visitsToday = Number(c.n);
    out.set(c.userId, entry);
  }
  return out;
}
