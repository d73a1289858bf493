import { sql } from "drizzle-orm";
import type { KpiTickets } from "../../../../shared/api/analytics-live.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { checkRange, type Range } from "../kpi-query.js";
import { ticketsBehind } from "../kpis/behind.js";
import { findKpi } from "../kpis/catalogue.js";
import { ROLLUP_DIMENSIONS } from "../kpis/dimensions.js";
import { MEASURES } from "../kpis/measures.js";
import { refreshTenant } from "../rollups.js";
import { lastDays } from "./read-kpis.js";

type Query = Partial<Range> & { mine: boolean; cursor?: string; limit: number };
type Row = {
  id: string;
  number: string;
  subject: string;
  status: string;
  priority: string;
  type: string;
  created_at: string | Date;
  assignee_name: string | null;
};

// The tickets behind a KPI's number over a range (the same facts the number is summed from, so a
// count and its list agree to the ticket), newest first, a page at a time. `mine`: only the
// caller's tickets, as "my numbers" counts them (those now assigned to them).
export async function listTicketsBehind(
  s: Services,
  actor: Actor,
  kpiId: string,
  query: Query,
): Promise<KpiTickets> {
  const kpi = findKpi(kpiId);
  if (!kpi) throw new AppError("analytics.kpi_not_found", { kpi: kpiId });
  const d = await lastDays(s, actor.tenantId, 30);
  const q = { ...query, from: query.from ?? d.from, to: query.to ?? d.to };
  checkRange(q);
  await refreshTenant(s.db, actor.tenantId, s.clock.now());
  const measure = MEASURES.indexOf(ticketsBehind(kpi.id)) + 1;
  const agentKey = ROLLUP_DIMENSIONS.indexOf("agent") + 1;
  const behind = sql`f.tenant_id = ${actor.tenantId} and f.day between ${q.from} and ${q.to}
    and f.measures[${sql.raw(String(measure))}] > 0
    ${q.mine ? sql`and f.keys[${sql.raw(String(agentKey))}] = ${actor.userId}` : sql``}`;
  const [count, page] = await Promise.all([
    s.db.execute(
      sql`select count(*)::int as n from analytics_ticket_facts f where ${behind}`,
    ) as unknown as Promise<{
      rows: { n: number }[];
    }>,
    s.db.execute(sql`
      select t.id, t.number, t.subject, t.status, t.priority, t.type, t.created_at, u.name as assignee_name
      from analytics_ticket_facts f
      join tickets t on t.tenant_id = f.tenant_id and t.id = f.ticket_id
      left join users u on u.tenant_id = t.tenant_id and u.id = t.assignee_id
      where ${behind} ${q.cursor ? sql`and f.ticket_id < ${q.cursor}` : sql``}
      order by f.ticket_id desc limit ${q.limit + 1}`) as unknown as Promise<{ rows: Row[] }>,
  ]);
  const rows = page.rows.slice(0, q.limit);
  return {
    kpi: kpi.id,
    from: q.from,
    to: q.to,
    total: Number(count.rows[0]?.n ?? 0),
    items: rows.map((r) => ({
      id: r.id,
      number: r.number,
      subject: r.subject,
      status: r.status as KpiTickets["items"][number]["status"],
      priority: r.priority as KpiTickets["items"][number]["priority"],
      type: r.type as KpiTickets["items"][number]["type"],
      createdAt: new Date(r.created_at).toISOString(),
      assigneeName: r.assignee_name,
    })),
    nextCursor: page.rows.length > q.limit ? (rows[rows.length - 1]?.id ?? null) : null,
  };
}
