import { type SQL, sql } from "drizzle-orm";
import { waitedMs } from "../../../shared/parts-wait.js";
import type { Db } from "../../platform/db/client.js";
import { tenantCostRates } from "./cost-rates.js";
import type { TicketFact } from "./kpis/measures.js";

type FactRow = {
  ticket_id: string;
  day: string;
  priority: string;
  type: string;
  channel: string;
  agent: string;
  team: string;
  product: string;
  tier: string;
  model: string;
  line: string;
  region: string;
  status: string;
  created_at: string | Date;
  first_responded_at: string | Date | null;
  first_resolved_at: string | Date | null;
  sla_state: string | null;
  sla_breached: boolean | null;
  reopens: number;
  assignees: number;
  escalation_level: number;
  parts_consumed: number;
  parts_waits: [string, string][] | string;
  callback_outcome: string | null;
  callback_score: number | null;
  visits: [string, string | null, number][] | string;
  repeat_repair: boolean | null;
  parts_cost_cents: number;
};

const asDate = (v: string | Date | null) => (v === null ? null : new Date(v));

// Reads what analytics needs of the given tickets (or, with `ids` null, of every ticket of the
// tenant) from the tickets, their history, their customer's tier and province, their unit's product
// (model and line), the
// parts reserved for them (consumed, at their price, and back-orders from the ask to the fill), their
// finished field visits and whether the unit had another repair ticket in the 90 days before.
// Read-only SQL on other modules' tables (reports are outside the drizzle view check).
export async function readTicketFacts(
  db: Db,
  tenantId: string,
  timezone: string,
  ids: readonly string[] | null,
): Promise<TicketFact[]> {
  if (ids && ids.length === 0) return [];
  const which: SQL = ids ? sql`and t.id in ${ids}` : sql``;
  const costRates = await tenantCostRates(db, tenantId);
  const res = (await db.execute(sql`
    select t.id as ticket_id, to_char(t.created_at at time zone ${timezone}, 'YYYY-MM-DD') as day,
           t.priority, t.type, t.channel, coalesce(t.assignee_id, '') as agent, coalesce(t.team_id, '') as team,
           coalesce(u.product_id, '') as product, coalesce(c.tier, 'standard') as tier,
           coalesce(pr.sku, '') as model, coalesce(pr.category, '') as line,
           coalesce(left(c.division_code, 2), '') as region, t.status,
           t.created_at, t.first_responded_at, coalesce(e.first_resolved_at, t.resolved_at) as first_resolved_at,
           t.sla_state, coalesce(e.sla_breached, false) as sla_breached, coalesce(e.reopens, 0)::int as reopens,
           coalesce(e.assignees, case when t.assignee_id is null then 0 else 1 end)::int as assignees,
           t.escalation_level, coalesce(p.parts_consumed, 0)::int as parts_consumed,
           coalesce(p.parts_waits, '[]'::json) as parts_waits, e.callback_outcome, e.callback_score,
           coalesce(v.visits, '[]'::json) as visits, coalesce(p.parts_cost_cents, 0)::bigint as parts_cost_cents,
           case when t.type = 'repair' and t.unit_id is not null then exists (
             select 1 from tickets prev where prev.tenant_id = t.tenant_id and prev.unit_id = t.unit_id
               and prev.type = 'repair' and prev.id <> t.id and prev.created_at < t.created_at
               and prev.created_at >= t.created_at - interval '90 days') end as repeat_repair
    from tickets t
    left join customers c on c.tenant_id = t.tenant_id and c.id = t.customer_id
    left join units u on u.tenant_id = t.tenant_id and u.id = t.unit_id
    left join products pr on pr.tenant_id = u.tenant_id and pr.id = u.product_id
    left join lateral (
      select min(ev.created_at) filter (where ev.type = 'status_changed' and ev.data->>'to' = 'resolved') as first_resolved_at,
             count(*) filter (where ev.type = 'status_changed' and ev.data->>'action' in ('reject', 'reopen')) as reopens,
             nullif(count(distinct ev.data->>'to') filter (where ev.type = 'assigned' and ev.data->>'to' is not null), 0) as assignees,
             bool_or(ev.type = 'sla_breached') as sla_breached,
             (array_agg(ev.data->>'outcome' order by ev.created_at desc) filter (where ev.type = 'callback'
               and ev.data->>'outcome' in ('confirmed', 'reopened', 'complaint', 'auto_confirmed')))[1] as callback_outcome,
             (array_agg((ev.data->>'score')::int order by ev.created_at desc) filter (where ev.type = 'callback'
               and ev.data->>'score' is not null))[1] as callback_score
      from ticket_events ev where ev.tenant_id = t.tenant_id and ev.ticket_id = t.id
    ) e on true
    left join lateral (
      select sum(r.qty) filter (where r.status = 'consumed') as parts_consumed,
             sum(r.qty * coalesce(pa.price_cents, 0)) filter (where r.status = 'consumed') as parts_cost_cents,
             json_agg(json_build_array(r.created_at, f.filled_at)) filter (where f.filled_at > r.created_at) as parts_waits
      from stock_reservations r
      left join parts pa on pa.tenant_id = r.tenant_id and pa.id = r.part_id
      left join lateral (
        select min(m.created_at) as filled_at from stock_movements m
        where m.tenant_id = r.tenant_id and m.reservation_id = r.id and m.kind = 'reservation'
      ) f on true
      where r.tenant_id = t.tenant_id and r.ticket_id = t.id
    ) p on true
    left join lateral (
      select json_agg(json_build_array(vi.kind, vi.remote_outcome,
               coalesce(extract(epoch from (vi.checked_out_at - vi.checked_in_at)) * 1000, 0)::bigint)) as visits
      from visits vi where vi.tenant_id = t.tenant_id and vi.ticket_id = t.id and vi.status = 'done'
    ) v on true
    where t.tenant_id = ${tenantId} ${which}`)) as unknown as { rows: FactRow[] };
  return res.rows.map((r) => ({
    ticketId: r.ticket_id,
    day: r.day,
    priority: r.priority,
    type: r.type,
    channel: r.channel,
    agent: r.agent,
    team: r.team,
    product: r.product,
    tier: r.tier,
    model: r.model,
    line: r.line,
    region: r.region,
    status: r.status,
    createdAt: new Date(r.created_at),
    firstRespondedAt: asDate(r.first_responded_at),
    firstResolvedAt: asDate(r.first_resolved_at),
    slaState: r.sla_state,
    slaBreached: r.sla_breached === true,
    reopens: Number(r.reopens),
    assignees: Number(r.assignees),
    escalationLevel: Number(r.escalation_level),
    partsConsumed: Number(r.parts_consumed),
    partsWaitMs: waitedMs(
      (typeof r.parts_waits === "string"
        ? (JSON.parse(r.parts_waits) as [string, string][])
        : r.parts_waits
      ).map(([from, to]) => ({ from: new Date(from), to: new Date(to) })),
    ),
    callbackOutcome: r.callback_outcome,
    callbackScore: r.callback_score === null ? null : Number(r.callback_score),
    visits: (typeof r.visits === "string"
      ? (JSON.parse(r.visits) as [string, string | null, number][])
      : r.visits
    ).map(([kind, remoteOutcome, ms]) => ({ kind, remoteOutcome, onsiteMs: Math.max(0, Number(ms)) })),
    repeatRepair: r.repeat_repair,
    partsCostCents: Number(r.parts_cost_cents),
    costRates,
  }));
}
