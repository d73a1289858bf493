import { and, desc, eq, gte, inArray, isNull, lt, ne, or, type SQL, sql } from "drizzle-orm";
import {
  type ApprovalLimits,
  DEFAULT_APPROVAL_LIMITS,
  DEFAULT_MAJOR_RULES,
  type MajorRules,
} from "../../../shared/complaints.js";
import type { Db } from "../../platform/db/client.js";
import { users } from "../auth/index.js";
import {
  complaintApprovalLimits,
  complaintParticipants,
  complaintSettings,
  complaints,
} from "./complaints.tables.js";

export type ComplaintRow = typeof complaints.$inferSelect;
export type NewComplaintRow = typeof complaints.$inferInsert;
export type ParticipantRow = typeof complaintParticipants.$inferSelect;
export type ComplaintPolicy = {
  majorRules: MajorRules;
  approvalLimits: ApprovalLimits;
  serviceManagerId: string | null;
};

export async function complaintPolicy(db: Db, tenantId: string): Promise<ComplaintPolicy> {
  const [row] = await db.select().from(complaintSettings).where(eq(complaintSettings.tenantId, tenantId));
  return {
    majorRules: row?.majorRules ?? DEFAULT_MAJOR_RULES,
    approvalLimits: row?.approvalLimits ?? DEFAULT_APPROVAL_LIMITS,
    serviceManagerId: row?.serviceManagerId ?? null,
  };
}

export async function saveComplaintPolicy(
  tx: Db,
  tenantId: string,
  p: ComplaintPolicy,
  at: Date,
): Promise<void> {
  await tx
    .insert(complaintSettings)
    .values({ tenantId, ...p, updatedAt: at })
    .onConflictDoUpdate({ target: complaintSettings.tenantId, set: { ...p, updatedAt: at } });
}

// A user's own limit: undefined when none is set (their role's applies), null for no limit.
export async function userApprovalLimit(
  db: Db,
  tenantId: string,
  userId: string,
): Promise<number | null | undefined> {
  const [row] = await db
    .select({ limit: complaintApprovalLimits.limit })
    .from(complaintApprovalLimits)
    .where(and(eq(complaintApprovalLimits.tenantId, tenantId), eq(complaintApprovalLimits.userId, userId)));
  if (!row) return undefined;
  return row.limit === null ? null : Number(row.limit);
}

export async function setUserApprovalLimit(
  tx: Db,
  tenantId: string,
  userId: string,
  limit: number | null,
  at: Date,
): Promise<void> {
  const value = limit === null ? null : limit.toFixed(2);
  await tx
    .insert(complaintApprovalLimits)
    .values({ tenantId, userId, limit: value, updatedAt: at })
    .onConflictDoUpdate({
      target: [complaintApprovalLimits.tenantId, complaintApprovalLimits.userId],
      set: { limit: value, updatedAt: at },
    });
}

export async function deleteUserApprovalLimit(tx: Db, tenantId: string, userId: string): Promise<void> {
  await tx
    .delete(complaintApprovalLimits)
    .where(and(eq(complaintApprovalLimits.tenantId, tenantId), eq(complaintApprovalLimits.userId, userId)));
}

export async function listUserApprovalLimits(db: Db, tenantId: string) {
  const rows = await db
    .select({
      userId: complaintApprovalLimits.userId,
      limit: complaintApprovalLimits.limit,
      name: users.name,
      role: users.role,
    })
    .from(complaintApprovalLimits)
    .innerJoin(
      users,
      and(eq(users.tenantId, complaintApprovalLimits.tenantId), eq(users.id, complaintApprovalLimits.userId)),
    )
    .where(eq(complaintApprovalLimits.tenantId, tenantId))
    .orderBy(users.name);
  return rows.map((r) => ({ ...r, limit: r.limit === null ? null : Number(r.limit) }));
}

export async function insertComplaint(tx: Db, row: NewComplaintRow): Promise<ComplaintRow> {
  const [created] = await tx.insert(complaints).values(row).returning();
  if (!created) throw new Error("complaint insert returned nothing");
  return created;
}

export async function findComplaint(
  db: Db,
  tenantId: string,
  id: string,
  forUpdate = false,
): Promise<ComplaintRow | undefined> {
  const q = db
    .select()
    .from(complaints)
    .where(and(eq(complaints.tenantId, tenantId), eq(complaints.id, id)));
  const [row] = forUpdate ? await q.for("update") : await q;
  return row;
}

export async function findComplaintOfTicket(
  db: Db,
  tenantId: string,
  ticketId: string,
  forUpdate = false,
): Promise<ComplaintRow | undefined> {
  const q = db
    .select()
    .from(complaints)
    .where(and(eq(complaints.tenantId, tenantId), eq(complaints.ticketId, ticketId)));
  const [row] = forUpdate ? await q.for("update") : await q;
  return row;
}

export async function updateComplaint(
  tx: Db,
  tenantId: string,
  id: string,
  patch: Partial<NewComplaintRow>,
): Promise<ComplaintRow> {
  const [row] = await tx
    .update(complaints)
    .set(patch)
    .where(and(eq(complaints.tenantId, tenantId), eq(complaints.id, id)))
    .returning();
  if (!row) throw new Error("complaint update found no row");
  return row;
}

// The customer's other complaints opened in the window before `at` (for the repeat rule).
export async function earlierComplaints(
  db: Db,
  tenantId: string,
  customerId: string,
  since: Date,
  exceptTicketId: string,
): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(complaints)
    .where(
      and(
        eq(complaints.tenantId, tenantId),
        eq(complaints.customerId, customerId),
        gte(complaints.createdAt, since),
        ne(complaints.ticketId, exceptTicketId),
      ),
    );
  return row?.n ?? 0;
}

export async function participantsOf(
  db: Db,
  tenantId: string,
  complaintIds: string[],
): Promise<ParticipantRow[]> {
  if (complaintIds.length === 0) return [];
  return db
    .select()
    .from(complaintParticipants)
    .where(
      and(
        eq(complaintParticipants.tenantId, tenantId),
        inArray(complaintParticipants.complaintId, complaintIds),
      ),
    )
    .orderBy(complaintParticipants.dueAt, complaintParticipants.id);
}

export async function insertParticipant(
  tx: Db,
  row: typeof complaintParticipants.$inferInsert,
): Promise<void> {
  await tx.insert(complaintParticipants).values(row);
}

export async function findParticipant(db: Db, tenantId: string, complaintId: string, id: string) {
  const [row] = await db
    .select()
    .from(complaintParticipants)
    .where(
      and(
        eq(complaintParticipants.tenantId, tenantId),
        eq(complaintParticipants.complaintId, complaintId),
        eq(complaintParticipants.id, id),
      ),
    )
    .for("update");
  return row;
}

export async function completeParticipant(
  tx: Db,
  tenantId: string,
  id: string,
  patch: { doneAt: Date; doneBy: string; doneNote: string | null },
): Promise<void> {
  await tx
    .update(complaintParticipants)
    .set(patch)
    .where(and(eq(complaintParticipants.tenantId, tenantId), eq(complaintParticipants.id, id)));
}

// Open tasks for a user: their own and their teams'.
export async function openTasksFor(db: Db, tenantId: string, userId: string, teamIds: string[]) {
  const mine: SQL[] = [eq(complaintParticipants.userId, userId)];
  if (teamIds.length > 0) mine.push(inArray(complaintParticipants.teamId, teamIds));
  return db
    .select({ p: complaintParticipants, ticketNumber: complaints.ticketNumber })
    .from(complaintParticipants)
    .innerJoin(
      complaints,
      and(
        eq(complaints.tenantId, complaintParticipants.tenantId),
        eq(complaints.id, complaintParticipants.complaintId),
      ),
    )
    .where(
      and(eq(complaintParticipants.tenantId, tenantId), isNull(complaintParticipants.doneAt), or(...mine)),
    )
    .orderBy(complaintParticipants.dueAt)
    .limit(200);
}

export type RegisterFilter = {
  nature?: string;
  severity?: string;
  status?: string;
  productId?: string;
  from?: Date;
  to?: Date;
  customerId?: string;
};

// The complaint register, newest first, keyset-paged on (created_at, id).
export async function searchComplaints(
  db: Db,
  tenantId: string,
  f: RegisterFilter,
  limit: number,
  after?: { createdAt: Date; id: string },
): Promise<ComplaintRow[]> {
  return db
    .select()
    .from(complaints)
    .where(
      and(
        eq(complaints.tenantId, tenantId),
        f.nature ? eq(complaints.nature, f.nature) : undefined,
        f.severity ? eq(complaints.severity, f.severity) : undefined,
        f.status ? eq(complaints.status, f.status) : undefined,
        f.productId ? eq(complaints.productId, f.productId) : undefined,
        f.customerId ? eq(complaints.customerId, f.customerId) : undefined,
        f.from ? gte(complaints.createdAt, f.from) : undefined,
        f.to ? lt(complaints.createdAt, f.to) : undefined,
        after
          ? or(
              lt(complaints.createdAt, after.createdAt),
              and(eq(complaints.createdAt, after.createdAt), lt(complaints.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(complaints.createdAt), desc(complaints.id))
    .limit(limit);
}
