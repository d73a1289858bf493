import { and, eq } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import { users } from "../auth/index.js";
import { customers } from "../customers/index.js";
import { todayIn, units } from "../products/index.js";
import { tenantSettings } from "../tenancy/index.js";
import type { TicketRow } from "../tickets/index.js";
import { formatTemplateDate, type TemplateFacts, type TemplateVars } from "./templates.js";

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
