import { and, asc, eq, inArray, lte } from "drizzle-orm";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import { newId } from "../../../platform/ids.js";
import { users } from "../../auth/index.js";
import { technicianCertifications as certs } from "../field.tables.js";
import { tenantToday } from "./certifications.js";

// Certifications of any staff user (agents, supervisors, technicians), not only technicians: the
// one table field already keeps (`technician_certifications`, keyed by user and skill). Exams
// (training) and admins issue them through these commands; routing and dispatch read them.

const STAFF = ["admin", "supervisor", "agent", "technician", "qa"] as const;

export type StaffCertification = {
  id: string;
  userId: string;
  userName: string;
  skill: string;
  name: string;
  issuedOn: string;
  expiresOn: string;
  expired: boolean;
  expiringSoon: boolean;
};

const SOON_DAYS = 30;
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

type Row = typeof certs.$inferSelect;
const toDto = (r: Row, userName: string, today: string): StaffCertification => ({
  id: r.id,
  userId: r.userId,
  userName,
  skill: r.skill,
  name: r.name,
  issuedOn: r.issuedOn,
  expiresOn: r.expiresOn,
  expired: r.expiresOn < today,
  expiringSoon: r.expiresOn >= today && r.expiresOn <= addDays(today, SOON_DAYS),
});

async function staffName(db: Db, tenantId: string, userId: string) {
  const [u] = await db
    .select({ name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, userId)));
  if (!u || !(STAFF as readonly string[]).includes(u.role))
    throw new AppError("certification.user_not_found");
  return u.name;
}

export type IssueCertification = {
  tenantId: string;
  actorId: string | null;
  userId: string;
  skill: string;
  name: string;
  expiresOn: string;
  // Why: "exam" (an attempt passed) or "manual" (an admin or supervisor granted it).
  source: { kind: "exam"; attemptId: string } | { kind: "manual" };
};

// Issues (or renews: same person, skill and name) a certification valid from the tenant's today
// through `expiresOn`, in the caller's transaction, with its audit entry.
export async function issueCertification(tx: Db, s: Services, input: IssueCertification) {
  const userName = await staffName(tx, input.tenantId, input.userId);
  const today = await tenantToday(tx, s, input.tenantId);
  if (input.expiresOn < today) throw new AppError("certification.valid_until_past");
  const now = s.clock.now();
  const [existing] = await tx
    .select()
    .from(certs)
    .where(
      and(
        eq(certs.tenantId, input.tenantId),
        eq(certs.userId, input.userId),
        eq(certs.skill, input.skill),
        eq(certs.name, input.name),
      ),
    )
    .for("update");
  const values = { issuedOn: today, expiresOn: input.expiresOn, remindedAt: null };
  const [row] = existing
    ? await tx.update(certs).set(values).where(eq(certs.id, existing.id)).returning()
    : await tx
        .insert(certs)
        .values({
          id: newId("crt"),
          tenantId: input.tenantId,
          userId: input.userId,
          skill: input.skill,
          name: input.name,
          createdAt: now,
          ...values,
        })
        .returning();
  if (!row) throw new Error("field: the write returned no row");
  await appendAudit(tx, {
    tenantId: input.tenantId,
    actorId: input.actorId,
    action: "people.certification_issued",
    entityType: "user",
    entityId: input.userId,
    data: { certificationId: row.id, skill: row.skill, expiresOn: row.expiresOn, source: input.source },
    at: now,
  });
  return toDto(row, userName, today);
}

export async function revokeCertification(
  tx: Db,
  s: Services,
  tenantId: string,
  actorId: string,
  id: string,
) {
  const [row] = await tx
    .delete(certs)
    .where(and(eq(certs.tenantId, tenantId), eq(certs.id, id)))
    .returning();
  if (!row) throw new AppError("certification.not_found");
  await appendAudit(tx, {
    tenantId,
    actorId,
    action: "people.certification_revoked",
    entityType: "user",
    entityId: row.userId,
    data: { certificationId: id, skill: row.skill },
    at: s.clock.now(),
  });
}

// Who holds what: every certification of the tenant (or of one person), soonest expiry first.
export async function listStaffCertifications(
  db: Db,
  s: Services,
  tenantId: string,
  filter: { userId?: string; expiringOnly?: boolean } = {},
) {
  const today = await tenantToday(db, s, tenantId);
  const rows = await db
    .select({ c: certs, userName: users.name })
    .from(certs)
    .innerJoin(users, and(eq(users.tenantId, certs.tenantId), eq(users.id, certs.userId)))
    .where(
      and(
        eq(certs.tenantId, tenantId),
        filter.userId ? eq(certs.userId, filter.userId) : undefined,
        filter.expiringOnly ? lte(certs.expiresOn, addDays(today, SOON_DAYS)) : undefined,
      ),
    )
    .orderBy(asc(certs.expiresOn), asc(certs.id));
  return rows.map((r) => toDto(r.c, r.userName, today));
}

// The skills each person holds a certification for that is valid on `today` (tenant's calendar):
// what "certified" means for routing and dispatch. Expiry needs no job: tomorrow it is not valid.
export async function certifiedSkills(db: Db, tenantId: string, userIds: readonly string[], today: string) {
  const held = new Map<string, Set<string>>();
  if (userIds.length === 0) return held;
  const rows = await db
    .select({ userId: certs.userId, skill: certs.skill, expiresOn: certs.expiresOn })
    .from(certs)
    .where(and(eq(certs.tenantId, tenantId), inArray(certs.userId, [...userIds])));
  for (const r of rows) {
    if (r.expiresOn < today) continue;
    const set = held.get(r.userId) ?? new Set<string>();
    set.add(r.skill);
    held.set(r.userId, set);
  }
  return held;
}

// The certifications a person holds valid today, for the customer's view of who serves them.
export async function validCertificationsOf(db: Db, s: Services, tenantId: string, userId: string) {
  const today = await tenantToday(db, s, tenantId);
  const rows = await db
    .select({ name: certs.name, skill: certs.skill, expiresOn: certs.expiresOn })
    .from(certs)
    .where(and(eq(certs.tenantId, tenantId), eq(certs.userId, userId)))
    .orderBy(asc(certs.name));
  return rows.filter((r) => r.expiresOn >= today);
}
