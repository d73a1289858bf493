import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import { units } from "../products/index.js";
import { unitPlans } from "./warranty.tables.js";

// What a customer paid for extended plans on the units they own (plans bought with points are
// recorded at 0.00), for lifetime value.
export async function paidPlansTotal(db: Db, tenantId: string, customerId: string): Promise<string> {
  const [row] = await db
    .select({ total: sql<string>`coalesce(sum(${unitPlans.price}), 0)::text` })
    .from(unitPlans)
    .innerJoin(units, and(eq(units.tenantId, unitPlans.tenantId), eq(units.id, unitPlans.unitId)))
    .where(and(eq(unitPlans.tenantId, tenantId), eq(units.customerId, customerId)));
  return row?.total ?? "0";
}
