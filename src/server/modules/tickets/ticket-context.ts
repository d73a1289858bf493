import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import { customers } from "../customers/index.js";
import { products, units } from "../products/index.js";
import { type TicketRow, ticketColumns } from "./tickets.repository.js";
import { tickets } from "./tickets.tables.js";

// A ticket with what routing and triggers decide on: the customer's tier and the unit's product.
export type TicketWithContext = {
  ticket: TicketRow;
  productSkills: string[] | null;
  tier: string | null;
  productSku: string | null;
  productCategory: string | null;
};

const withContext = (db: Db) =>
  db
    .select({
      ticket: ticketColumns,
      productSkills: products.skills,
      tier: customers.tier,
      productSku: products.sku,
      productCategory: products.category,
    })
    .from(tickets)
    .leftJoin(customers, and(eq(customers.tenantId, tickets.tenantId), eq(customers.id, tickets.customerId)))
    .leftJoin(units, and(eq(units.tenantId, tickets.tenantId), eq(units.id, tickets.unitId)))
    .leftJoin(products, and(eq(products.tenantId, units.tenantId), eq(products.id, units.productId)));

export async function ticketWithContext(
  db: Db,
  tenantId: string,
  id: string,
): Promise<TicketWithContext | undefined> {
  const [row] = await withContext(db).where(and(eq(tickets.tenantId, tenantId), eq(tickets.id, id)));
  return row;
}

export type QueueCursor = { priority: string; createdAt: Date; id: string };

// The routing queue in service order (priority A first, then oldest), from tickets_tenant_queue_idx:
// the predicate repeats the index's so the planner can use it. The rows are locked for the caller's
// assignments (assignTicket); rows another transaction is changing are skipped: that transaction
// runs routing for them itself when it commits its change.
export async function lockQueuedTickets(
  db: Db,
  tenantId: string,
  after: QueueCursor | null,
  limit: number,
): Promise<TicketWithContext[]> {
  const cursor = after
    ? sql`(${tickets.priority}, ${tickets.createdAt}, ${tickets.id}) > (${after.priority}, ${after.createdAt.toISOString()}::timestamptz, ${after.id})`
    : undefined;
  return withContext(db)
    .where(
      and(eq(tickets.tenantId, tenantId), sql`${tickets.status} = 'new'`, isNull(tickets.assigneeId), cursor),
    )
    .orderBy(asc(tickets.priority), asc(tickets.createdAt), asc(tickets.id))
    .limit(limit)
    .for("update", { of: tickets, skipLocked: true });
}
