import { and, eq, inArray } from "drizzle-orm";
import type {
  Complaint,
  ComplaintParticipant,
  ComplaintProjection,
} from "../../../../shared/api/complaints.js";
import type { CompensationKind, ComplaintNature, ComplaintStatus } from "../../../../shared/complaints.js";
import type { Channel } from "../../../../shared/domain.js";
import type { Db } from "../../../platform/db/client.js";
import { users } from "../../auth/index.js";
import { customers } from "../../customers/index.js";
import { products, units } from "../../products/index.js";
import { teamDtos } from "../../teams/index.js";
import { type ComplaintRow, type ParticipantRow, participantsOf } from "../complaints.repository.js";

const iso = (d: Date | null) => (d ? d.toISOString() : null);
type Satisfaction = Complaint["satisfaction"];

export async function userNames(
  db: Db,
  tenantId: string,
  ids: (string | null)[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), inArray(users.id, wanted)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export function participantDto(
  p: ParticipantRow,
  ticketNumber: string,
  names: Map<string, string>,
  teams: Map<string, string>,
  now: Date,
): ComplaintParticipant {
  return {
    id: p.id,
    complaintId: p.complaintId,
    ticketNumber,
    department: p.department as ComplaintParticipant["department"],
    userId: p.userId,
    userName: p.userId ? (names.get(p.userId) ?? null) : null,
    teamId: p.teamId,
    teamName: p.teamId ? (teams.get(p.teamId) ?? null) : null,
    task: p.task,
    dueAt: p.dueAt.toISOString(),
    doneAt: iso(p.doneAt),
    doneNote: p.doneNote,
    overdue: !p.doneAt && p.dueAt.getTime() < now.getTime(),
  };
}

export async function teamNames(db: Db, tenantId: string, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map<string, string>();
  return new Map((await teamDtos(db, tenantId, wanted)).map((t) => [t.id, t.name]));
}

// The whole record, for staff.
export async function toComplaintDto(db: Db, row: ComplaintRow, now: Date): Promise<Complaint> {
  const tenantId = row.tenantId;
  const participants = await participantsOf(db, tenantId, [row.id]);
  const names = await userNames(db, tenantId, [
    row.planBy,
    row.approvedBy,
    row.escalatedTo,
    ...participants.map((p) => p.userId),
  ]);
  const teams = await teamNames(
    db,
    tenantId,
    participants.map((p) => p.teamId),
  );
  const [customer] = await db
    .select({ name: customers.name })
    .from(customers)
    .where(and(eq(customers.tenantId, tenantId), eq(customers.id, row.customerId)));
  const [unit] = row.unitId
    ? await db
        .select({ serial: units.serial, productName: products.name })
        .from(units)
        .innerJoin(products, and(eq(products.tenantId, units.tenantId), eq(products.id, units.productId)))
        .where(and(eq(units.tenantId, tenantId), eq(units.id, row.unitId)))
    : [];
  return {
    id: row.id,
    view: "staff",
    ticketId: row.ticketId,
    ticketNumber: row.ticketNumber,
    customerId: row.customerId,
    customerName: customer?.name ?? null,
    unitSerial: unit?.serial ?? null,
    productId: row.productId,
    productName: unit?.productName ?? null,
    originTicketNumber: row.originTicketNumber,
    sourceChannel: row.sourceChannel as Channel,
    nature: row.nature as ComplaintNature,
    severity: row.severity as Complaint["severity"],
    majorReasons: row.majorReasons,
    amountInvolved: row.amountInvolved,
    status: row.status as ComplaintStatus,
    escalatedTo: row.escalatedTo,
    escalatedToName: row.escalatedTo ? (names.get(row.escalatedTo) ?? null) : null,
    escalatedAt: iso(row.escalatedAt),
    plan: {
      rootCause: row.rootCause,
      compensationKind: row.compensationKind as CompensationKind | null,
      compensationAmount: row.compensationAmount,
      correctiveAction: row.correctiveAction,
      improvementRef: row.improvementRef,
      accountableWho: row.accountableWho,
      accountableWhat: row.accountableWhat,
      by: row.planBy,
      byName: row.planBy ? (names.get(row.planBy) ?? null) : null,
      at: iso(row.planAt),
    },
    approvedBy: row.approvedBy,
    approvedByName: row.approvedBy ? (names.get(row.approvedBy) ?? null) : null,
    approvedAt: iso(row.approvedAt),
    rejectionReason: row.rejectionReason,
    rejectedAt: iso(row.rejectedAt),
    compensationExecutedAt: iso(row.compensationExecutedAt),
    correctiveDoneAt: iso(row.correctiveDoneAt),
    executionNote: row.executionNote,
    satisfaction: row.satisfaction as Satisfaction,
    reopenCount: row.reopenCount,
    reopenReason: row.reopenReason,
    participants: participants.map((p) => participantDto(p, row.ticketNumber, names, teams, now)),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

// Compensation is the customer's to know once it is approved (and stays so after execution).
const COMPENSATION_SHOWN: readonly string[] = ["approved", "executed", "closed"];

export function toProjection(row: ComplaintRow): ComplaintProjection {
  const shown = COMPENSATION_SHOWN.includes(row.status);
  return {
    id: row.id,
    view: "customer",
    ticketNumber: row.ticketNumber,
    nature: row.nature as ComplaintNature,
    status: row.status as ComplaintStatus,
    compensationKind: shown ? (row.compensationKind as CompensationKind | null) : null,
    compensationAmount: shown ? row.compensationAmount : null,
    satisfaction: row.satisfaction as Satisfaction,
  };
}
