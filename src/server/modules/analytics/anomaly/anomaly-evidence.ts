import { sql } from "drizzle-orm";
import type { AnomalyEvidence } from "../../../../shared/api/anomalies.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import type { Actor } from "../../../platform/http/actor.js";
import { ROLLUP_DIMENSIONS } from "../kpis/dimensions.js";

// The tickets behind one anomaly point: created that day (tenant time zone) with that dimension
// key, read from the per-ticket facts the rollups were built from (so they are exactly the
// tickets the number counted); for a complaint rate, the complaints first.
export async function anomalyEvidence(
  s: Services,
  actor: Actor,
  q: { kpi: string; dimension: (typeof ROLLUP_DIMENSIONS)[number]; key: string; day: string },
): Promise<AnomalyEvidence> {
  return ticketsOfDay(s.db, actor.tenantId, q);
}

/** The tickets behind one day of one dimension key (also an alert's evidence). */
export async function ticketsOfDay(
  db: Db,
  tenantId: string,
  q: { dimension: (typeof ROLLUP_DIMENSIONS)[number]; key: string; day: string },
  limit = 200,
): Promise<AnomalyEvidence> {
  const index = ROLLUP_DIMENSIONS.indexOf(q.dimension) + 1; // SQL arrays start at 1
  const r = (await db.execute(sql`
    select t.id, t.number, t.subject, t.type, t.status, t.created_at
    from analytics_ticket_facts f join tickets t on t.tenant_id = f.tenant_id and t.id = f.ticket_id
    where f.tenant_id = ${tenantId} and f.day = ${q.day} and f.keys[${index}] = ${q.key}
    order by (t.type = 'complaint') desc, t.created_at
    limit ${limit}`)) as unknown as { rows: Record<string, unknown>[] };
  return {
    items: r.rows.map((x) => ({
      id: String(x.id),
      number: String(x.number),
      subject: String(x.subject),
      type: String(x.type),
      status: String(x.status),
      createdAt: new Date(x.created_at as string).toISOString(),
    })),
  };
}
