import { and, asc, desc, eq, getTableColumns, inArray, isNull, type SQL, sql } from "drizzle-orm";
import { cachedConfig, configChanged } from "../../platform/config-cache.js";
import type { Db } from "../../platform/db/client.js";
import { flushWriteBehind, writeBehind } from "../../platform/db/write-behind.js";
import { users } from "../auth/index.js";
import { type TicketRow, ticketsView as tickets, ticketViewColumns } from "../tickets/index.js";
import { type Calendar, compileCalendar } from "./calendar.js";
import { slaCalendars, slaEscalations, slaPauses, slaPolicies, slaTargets } from "./sla.tables.js";

export type CalendarRow = typeof slaCalendars.$inferSelect;
export type PolicyRow = typeof slaPolicies.$inferSelect;
export type TargetRow = typeof slaTargets.$inferSelect;
export type PauseRow = typeof slaPauses.$inferSelect;
export type EscalationRow = typeof slaEscalations.$inferSelect;

const calendarKey = (tenantId: string, id: string) => `sla-calendar:${tenantId}:${id}`;
const policiesKey = (tenantId: string) => `sla-policies:${tenantId}`;

export async function insertCalendar(db: Db, row: typeof slaCalendars.$inferInsert): Promise<CalendarRow> {
  configChanged(db, calendarKey(row.tenantId, row.id));
  const [created] = await db.insert(slaCalendars).values(row).returning();
  if (!created) throw new Error("insert sla_calendars returned nothing");
  return created;
}

export async function findCalendar(db: Db, tenantId: string, id: string): Promise<CalendarRow | undefined> {
  const [row] = await db
    .select()
    .from(slaCalendars)
    .where(and(eq(slaCalendars.tenantId, tenantId), eq(slaCalendars.id, id)));
  return row;
}

export const calendarExists = async (db: Db, tenantId: string, id: string): Promise<boolean> =>
  (await findCalendar(db, tenantId, id)) !== undefined;

export async function listCalendars(db: Db, tenantId: string): Promise<CalendarRow[]> {
  return db
    .select()
    .from(slaCalendars)
    .where(eq(slaCalendars.tenantId, tenantId))
    .orderBy(asc(slaCalendars.createdAt), asc(slaCalendars.id));
}

export async function updateCalendar(
  db: Db,
  tenantId: string,
  id: string,
  patch: Partial<typeof slaCalendars.$inferInsert>,
): Promise<CalendarRow | undefined> {
  configChanged(db, calendarKey(tenantId, id));
  const [row] = await db
    .update(slaCalendars)
    .set(patch)
    .where(and(eq(slaCalendars.tenantId, tenantId), eq(slaCalendars.id, id)))
    .returning();
  return row;
}

export const compileRow = (c: CalendarRow): Calendar =>
  compileCalendar({ timezone: c.timezone, weekly: c.weekly, overrides: c.overrides });

// Policies and compiled calendars are read by every ticket change: cached per process (see
// platform/config-cache.ts); every write here tells the cache.
export async function calendarLoader(db: Db, tenantId: string) {
  return (id: string): Promise<Calendar | undefined> =>
    cachedConfig(db, calendarKey(tenantId, id), async () => {
      const row = await findCalendar(db, tenantId, id);
      return row ? compileRow(row) : undefined;
    });
}

export function policiesOf(db: Db, tenantId: string): Promise<PolicyRow[]> {
  return cachedConfig(db, policiesKey(tenantId), () => listPolicies(db, tenantId));
}

export async function insertPolicy(db: Db, row: typeof slaPolicies.$inferInsert): Promise<PolicyRow> {
  configChanged(db, policiesKey(row.tenantId));
  const [created] = await db.insert(slaPolicies).values(row).returning();
  if (!created) throw new Error("insert sla_policies returned nothing");
  return created;
}

const livePolicy = (tenantId: string) =>
  and(eq(slaPolicies.tenantId, tenantId), isNull(slaPolicies.deletedAt));

export async function listPolicies(db: Db, tenantId: string): Promise<PolicyRow[]> {
  return db
    .select()
    .from(slaPolicies)
    .where(livePolicy(tenantId))
    .orderBy(desc(slaPolicies.createdAt), desc(slaPolicies.id));
}

export async function findPolicy(db: Db, tenantId: string, id: string): Promise<PolicyRow | undefined> {
  const [row] = await db
    .select()
    .from(slaPolicies)
    .where(and(eq(slaPolicies.tenantId, tenantId), eq(slaPolicies.id, id)));
  return row;
}

export async function updatePolicy(
  db: Db,
  tenantId: string,
  id: string,
  patch: Partial<typeof slaPolicies.$inferInsert>,
): Promise<PolicyRow | undefined> {
  configChanged(db, policiesKey(tenantId));
  const [row] = await db
    .update(slaPolicies)
    .set(patch)
    .where(and(livePolicy(tenantId), eq(slaPolicies.id, id)))
    .returning();
  return row;
}

export async function findTargets(db: Db, tenantId: string, ticketId: string): Promise<TargetRow[]> {
  await flushWriteBehind(db);
  return db
    .select()
    .from(slaTargets)
    .where(and(eq(slaTargets.tenantId, tenantId), eq(slaTargets.ticketId, ticketId)))
    .orderBy(asc(slaTargets.metric));
}

// The targets of several tickets in one query, in the order `findTargets` gives each ticket's.
export async function findTargetsOfTickets(
  db: Db,
  tenantId: string,
  ticketIds: string[],
): Promise<TargetRow[]> {
  if (ticketIds.length === 0) return [];
  await flushWriteBehind(db);
  return db
    .select()
    .from(slaTargets)
    .where(and(eq(slaTargets.tenantId, tenantId), inArray(slaTargets.ticketId, ticketIds)))
    .orderBy(asc(slaTargets.ticketId), asc(slaTargets.metric));
}

// Inserts or updates a ticket's targets in one statement (a creation starts two or three at once).
// Inside a group of creations they are held to the end of a group of creations and written in one statement with the group's others.
export async function saveTargets(db: Db, rows: TargetRow[]): Promise<void> {
  if (rows.length > 0) await writeBehind(db, "sla_targets", rows, upsertTargets);
}

async function upsertTargets(db: Db, all: TargetRow[]): Promise<void> {
  // One statement may not upsert a row twice: a later save of the same target replaces an earlier.
  const rows = [...new Map(all.map((r) => [`${r.tenantId}:${r.ticketId}:${r.metric}`, r])).values()];
  const { tenantId: _t, ticketId: _i, metric: _m, ...rest } = getTableColumns(slaTargets);
  const fromInsert = Object.fromEntries(
    Object.entries(rest).map(([key, column]) => [key, sql.raw(`excluded."${column.name}"`)]),
  );
  await db
    .insert(slaTargets)
    .values(rows)
    .onConflictDoUpdate({
      target: [slaTargets.tenantId, slaTargets.ticketId, slaTargets.metric],
      set: fromInsert,
    });
}

export const saveTarget = (db: Db, row: TargetRow) => saveTargets(db, [row]);

export async function openPause(db: Db, row: typeof slaPauses.$inferInsert): Promise<void> {
  await db.insert(slaPauses).values(row);
}

export async function closePause(db: Db, tenantId: string, ticketId: string, at: Date): Promise<void> {
  await db
    .update(slaPauses)
    .set({ toAt: at })
    .where(and(eq(slaPauses.tenantId, tenantId), eq(slaPauses.ticketId, ticketId), isNull(slaPauses.toAt)));
}

export async function listPauses(db: Db, tenantId: string, ticketId: string): Promise<PauseRow[]> {
  return db
    .select()
    .from(slaPauses)
    .where(and(eq(slaPauses.tenantId, tenantId), eq(slaPauses.ticketId, ticketId)))
    .orderBy(asc(slaPauses.fromAt));
}

export async function insertEscalation(db: Db, row: typeof slaEscalations.$inferInsert): Promise<void> {
  await db.insert(slaEscalations).values(row);
}

export async function listEscalations(db: Db, tenantId: string, ticketId: string): Promise<EscalationRow[]> {
  return db
    .select()
    .from(slaEscalations)
    .where(and(eq(slaEscalations.tenantId, tenantId), eq(slaEscalations.ticketId, ticketId)))
    .orderBy(asc(slaEscalations.at));
}

// Someone to hand an escalated ticket to: a user id, or the least recently created active user of a
// role; "specialist" means a user with one of the product's skills, else a supervisor.
export async function findAssignee(
  db: Db,
  tenantId: string,
  target: string,
  skills: string[],
): Promise<string | null> {
  let cond: SQL | undefined;
  let order: SQL = sql`${users.id}`;
  if (target === "specialist") {
    const skillArr = sql`${`{${skills.map((k) => `"${k.replace(/["\\]/g, "")}"`).join(",")}}`}::text[]`;
    cond = sql`(${users.role} = 'supervisor' or (${users.role} in ('agent','technician') and ${users.skills} && ${skillArr}))`;
    order = sql`(${users.skills} && ${skillArr}) desc, ${users.id}`;
  } else if (target.startsWith("usr_")) cond = eq(users.id, target);
  else cond = eq(users.role, target as typeof users.$inferSelect.role);
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.active, true), cond))
    .orderBy(order)
    .limit(1);
  return row?.id ?? null;
}

export async function isSpecialist(
  db: Db,
  tenantId: string,
  userId: string,
  skills: string[],
): Promise<boolean> {
  const [row] = await db
    .select({ role: users.role, skills: users.skills })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, userId)));
  if (!row) return false;
  return row.role === "supervisor" || row.skills.some((k) => skills.includes(k));
}

// A customer's tickets still being worked on, locked like any ticket change locks its row.
export async function openTicketsOfCustomer(
  db: Db,
  tenantId: string,
  customerId: string,
): Promise<TicketRow[]> {
  return db
    .select(ticketViewColumns)
    .from(tickets)
    .where(
      and(
        eq(tickets.tenantId, tenantId),
        eq(tickets.customerId, customerId),
        sql`${tickets.status} not in ('resolved', 'closed')`,
      ),
    )
    .orderBy(asc(tickets.createdAt), asc(tickets.id))
    .for("update");
}
