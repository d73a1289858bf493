import { and, asc, desc, eq, inArray, lte, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Callback, CallbackDetail } from "../../../shared/api/callbacks.js";
import type { Db } from "../../platform/db/client.js";
import { users } from "../auth/index.js";
import { customers } from "../customers/index.js";
import { ticketsView } from "../tickets/index.js";
import { callbackAttempts, callbacks } from "./callbacks.tables.js";

export type CallbackRow = typeof callbacks.$inferSelect;

const complaint = alias(ticketsView, "complaint_ticket");

const listSelect = (db: Db, tenantId: string) =>
  db
    .select({
      c: callbacks,
      ticketNumber: ticketsView.number,
      ticketSubject: ticketsView.subject,
      ticketStatus: ticketsView.status,
      customerName: customers.name,
      customerPhone: customers.phone,
      complaintNumber: complaint.number,
    })
    .from(callbacks)
    .innerJoin(ticketsView, and(eq(ticketsView.tenantId, tenantId), eq(ticketsView.id, callbacks.ticketId)))
    .leftJoin(customers, and(eq(customers.tenantId, tenantId), eq(customers.id, callbacks.customerId)))
    .leftJoin(
      complaint,
      and(eq(complaint.tenantId, tenantId), eq(complaint.id, callbacks.complaintTicketId)),
    );

type ListRow = Awaited<ReturnType<ReturnType<typeof listSelect>["where"]>>[number];

function toDto(r: ListRow): Callback {
  const c = r.c;
  return {
    id: c.id,
    ticketId: c.ticketId,
    ticketNumber: r.ticketNumber,
    ticketSubject: r.ticketSubject,
    ticketType: c.ticketType,
    ticketStatus: r.ticketStatus,
    customerId: c.customerId,
    customerName: r.customerName,
    customerPhone: r.customerPhone,
    status: c.status,
    dueAt: c.dueAt.toISOString(),
    attempts: c.attempts,
    maxAttempts: c.maxAttempts,
    lastOutcome: c.lastOutcome,
    result: c.result,
    score: c.score,
    complaintTicketNumber: r.complaintNumber,
    createdAt: c.createdAt.toISOString(),
    closedAt: c.closedAt?.toISOString() ?? null,
  };
}

// The queue: open callbacks due first (the earliest due at the top), or finished ones newest first.
export async function listCallbacks(
  db: Db,
  tenantId: string,
  filter: { status: "open" | "done"; dueBy?: Date; ticketId?: string },
): Promise<Callback[]> {
  const conditions: SQL[] = [eq(callbacks.tenantId, tenantId)];
  if (filter.ticketId) conditions.push(eq(callbacks.ticketId, filter.ticketId));
  if (filter.status === "open") conditions.push(eq(callbacks.status, "open"));
  else conditions.push(inArray(callbacks.status, ["done", "unreachable"]));
  if (filter.dueBy) conditions.push(lte(callbacks.dueAt, filter.dueBy));
  const rows = await listSelect(db, tenantId)
    .where(and(...conditions))
    .orderBy(filter.status === "open" ? asc(callbacks.dueAt) : desc(callbacks.closedAt))
    .limit(200);
  return rows.map(toDto);
}

export async function findCallbackDto(db: Db, tenantId: string, id: string) {
  const [row] = await listSelect(db, tenantId).where(
    and(eq(callbacks.tenantId, tenantId), eq(callbacks.id, id)),
  );
  return row ? { dto: toDto(row), row: row.c } : undefined;
}

export async function lockCallback(tx: Db, tenantId: string, id: string): Promise<CallbackRow | undefined> {
  const [row] = await tx
    .select()
    .from(callbacks)
    .where(and(eq(callbacks.tenantId, tenantId), eq(callbacks.id, id)))
    .for("update");
  return row;
}

export async function attemptHistory(
  db: Db,
  tenantId: string,
  callbackId: string,
): Promise<CallbackDetail["history"]> {
  const rows = await db
    .select({ a: callbackAttempts, byName: users.name })
    .from(callbackAttempts)
    .leftJoin(users, and(eq(users.tenantId, tenantId), eq(users.id, callbackAttempts.byUser)))
    .where(and(eq(callbackAttempts.tenantId, tenantId), eq(callbackAttempts.callbackId, callbackId)))
    .orderBy(asc(callbackAttempts.createdAt));
  return rows.map(({ a, byName }) => ({
    id: a.id,
    outcome: a.outcome,
    note: a.note,
    byName,
    at: a.createdAt.toISOString(),
    nextDueAt: a.nextDueAt?.toISOString() ?? null,
  }));
}

export async function findCallback(db: Db, tenantId: string, id: string): Promise<CallbackRow | undefined> {
  const [row] = await db
    .select()
    .from(callbacks)
    .where(and(eq(callbacks.tenantId, tenantId), eq(callbacks.id, id)));
  return row;
}
