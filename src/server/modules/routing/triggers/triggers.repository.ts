import { and, asc, eq, sql } from "drizzle-orm";
import { cachedConfig, configChanged } from "../../../platform/config-cache.js";
import type { Db } from "../../../platform/db/client.js";
import { users } from "../../auth/index.js";
import { customers } from "../../customers/index.js";
import { todayIn, units } from "../../products/index.js";
import { tenantSettings } from "../../tenancy/index.js";
import type { TicketRow } from "../../tickets/index.js";
import { notifications, triggers } from "../routing.tables.js";
import { formatTemplateDate, type TemplateFacts, type TemplateVars } from "../templates.js";

export type TriggerRow = typeof triggers.$inferSelect;

const triggersKey = (tenantId: string) => `triggers:${tenantId}`;

// Every ticket change runs the tenant's triggers: the list is cached (platform/config-cache.ts).
export async function listTriggers(db: Db, tenantId: string, event?: "created" | "updated") {
  const all = await cachedConfig(db, triggersKey(tenantId), () =>
    db
      .select()
      .from(triggers)
      .where(eq(triggers.tenantId, tenantId))
      .orderBy(asc(triggers.position), asc(triggers.id)),
  );
  return event ? all.filter((t) => t.event === event) : all;
}

export async function nextPosition(db: Db, tenantId: string): Promise<number> {
  const [row] = await db
    .select({ max: sql<number | null>`max(${triggers.position})` })
    .from(triggers)
    .where(eq(triggers.tenantId, tenantId));
  return Number(row?.max ?? 0) + 1;
}

export async function insertTrigger(db: Db, row: typeof triggers.$inferInsert): Promise<TriggerRow> {
  configChanged(db, triggersKey(row.tenantId));
  const [created] = await db.insert(triggers).values(row).returning();
  if (!created) throw new Error("insert triggers returned nothing");
  return created;
}

export async function updateTrigger(
  db: Db,
  tenantId: string,
  id: string,
  patch: Partial<typeof triggers.$inferInsert>,
): Promise<TriggerRow | undefined> {
  configChanged(db, triggersKey(tenantId));
  const [row] = await db
    .update(triggers)
    .set(patch)
    .where(and(eq(triggers.tenantId, tenantId), eq(triggers.id, id)))
    .returning();
  return row;
}

export async function deleteTrigger(db: Db, tenantId: string, id: string): Promise<boolean> {
  configChanged(db, triggersKey(tenantId));
  const rows = await db
    .delete(triggers)
    .where(and(eq(triggers.tenantId, tenantId), eq(triggers.id, id)))
    .returning({ id: triggers.id });
  return rows.length > 0;
}

export async function insertNotification(db: Db, row: typeof notifications.$inferInsert): Promise<void> {
  await db.insert(notifications).values(row);
}

export async function staffWithRole(db: Db, tenantId: string, role: "supervisor" | "admin") {
  return db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.role, role), eq(users.active, true)));
}

// Everything a template can mention about a ticket, with dates written for `locale` (the tenant's
// default language when not given), and the facts a rendered text may contradict.
export async function templateContext(
  db: Db,
  tenantId: string,
  ticket: TicketRow,
  agentId: string | null,
  now: Date,
  locale?: "zh-CN" | "en",
): Promise<{ vars: TemplateVars; facts: TemplateFacts }> {
  const [customer] = await db
    .select({ name: customers.name })
    .from(customers)
    .where(and(eq(customers.tenantId, tenantId), eq(customers.id, ticket.customerId)));
  const [unit] = ticket.unitId
    ? await db
        .select({ serial: units.serial, endsAt: units.warrantyEndsAt })
        .from(units)
        .where(and(eq(units.tenantId, tenantId), eq(units.id, ticket.unitId)))
    : [];
  const agentKey = agentId ?? ticket.assigneeId;
  const [agent] = agentKey
    ? await db
        .select({ name: users.name })
        .from(users)
        .where(and(eq(users.tenantId, tenantId), eq(users.id, agentKey)))
    : [];
  const endsAt = unit?.endsAt ? String(unit.endsAt).slice(0, 10) : null;
  const tenant = await tenantSettings(db, tenantId);
  const lang = locale ?? tenant?.defaultLocale ?? "zh-CN";
  // The last covered day is inclusive: expired once the tenant's today is past it.
  const warrantyExpired = endsAt !== null && endsAt < todayIn(tenant?.timezone ?? "UTC", now);
  return {
    vars: {
      "customer.name": customer?.name ?? null,
      "ticket.number": ticket.number,
      "ticket.subject": ticket.subject,
      "unit.serial": unit?.serial ?? null,
      "unit.warrantyEndsAt": endsAt ? formatTemplateDate(endsAt, lang) : null,
      "agent.name": agent?.name ?? null,
    },
    facts: { unitSerial: unit?.serial ?? null, warrantyEndsAt: endsAt, warrantyExpired },
  };
}
