import { and, desc, eq } from "drizzle-orm";
import type { Customer360 } from "../../../../shared/api/loyalty.js";
import { divisionName } from "../../../../shared/divisions.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { products, units } from "../../products/index.js";
import { customerSatisfaction } from "../../surveys/index.js";
import { paidPlansTotal } from "../../warranty/index.js";
import { toEntryDto } from "../entry-dto.js";
import { ensureMember, listEntries, purchaseTotal } from "../loyalty.repository.js";
import { loyaltyCareSends } from "../loyalty.tables.js";
import { balanceOf } from "../points.js";
import { tenantDay } from "../tenant-day.js";
import { visibleCustomer } from "./staff-actions.js";

const money = (x: number) => x.toFixed(2);

// The loyalty side of the staff customer page: lifetime value (recorded purchases and paid
// plans), units and product lines, satisfaction answers, segment, points and care sent.
export async function customer360(s: Services, actor: Actor, customerId: string): Promise<Customer360> {
  const customer = await visibleCustomer(s, actor, customerId);
  const member = await ensureMember(s.db, actor.tenantId, customerId);
  const today = await tenantDay(s.db, actor.tenantId, s.clock.now());
  const [purchases, plans, owned, satisfaction, balance, entries, care] = await Promise.all([
    purchaseTotal(s.db, actor.tenantId, customerId),
    paidPlansTotal(s.db, actor.tenantId, customerId),
    s.db
      .select({ sku: products.sku, category: products.sanbaoCategory })
      .from(units)
      .innerJoin(products, and(eq(products.tenantId, units.tenantId), eq(products.id, units.productId)))
      .where(and(eq(units.tenantId, actor.tenantId), eq(units.customerId, customerId))),
    customerSatisfaction(s.db, actor.tenantId, customerId),
    balanceOf(s.db, actor.tenantId, customerId, today),
    listEntries(s.db, actor.tenantId, customerId, 50),
    s.db
      .select()
      .from(loyaltyCareSends)
      .where(and(eq(loyaltyCareSends.tenantId, actor.tenantId), eq(loyaltyCareSends.customerId, customerId)))
      .orderBy(desc(loyaltyCareSends.createdAt))
      .limit(20),
  ]);
  const lines = [...new Set(owned.map((u) => u.category ?? u.sku.split("-")[0] ?? u.sku))].sort();
  return {
    lifetimeValue: money(Number(purchases) + Number(plans)),
    purchases: money(Number(purchases)),
    paidPlans: money(Number(plans)),
    units: owned.length,
    productLines: lines,
    segment: {
      tier: customer.tier,
      region: customer.divisionCode,
      regionName: customer.divisionCode ? divisionName(customer.divisionCode) : null,
      careOptOut: member.careOptOut,
    },
    birthday: member.birthday,
    satisfaction: satisfaction.map((x) => ({ ...x, at: x.at.toISOString() })),
    balance: balance.balance,
    entries: entries.map(toEntryDto),
    careSent: care.map((c) => ({
      action: c.action,
      year: c.year,
      channel: c.channel,
      at: c.createdAt.toISOString(),
    })),
  };
}
