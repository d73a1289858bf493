import { and, asc, eq, inArray } from "drizzle-orm";
import type { Certification } from "../../../../shared/api/field.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { todayIn } from "../../products/index.js";
import { tenantSettings } from "../../tenancy/index.js";
import { listTechnicians } from "../field.repository.js";
import type { TAddCertification } from "../field.schemas.js";
import { fieldScope, inSubtree } from "../field.scope.js";
import { networkNodes, technicianCertifications, technicians } from "../field.tables.js";

type CertificationRow = typeof technicianCertifications.$inferSelect;

const toDto = (c: CertificationRow, today: string): Certification => ({
  id: c.id,
  userId: c.userId,
  skill: c.skill,
  name: c.name,
  issuedOn: c.issuedOn,
  expiresOn: c.expiresOn,
  expired: c.expiresOn < today,
});

// Today where the tenant is: a certification expiring "2026-12-05" is still good all that day.
export async function tenantToday(db: Db, s: Services, tenantId: string) {
  const timeZone = (await tenantSettings(db, tenantId))?.timezone ?? "Asia/Shanghai";
  return todayIn(timeZone, s.clock.now());
}

// A technician of the caller's part of the network ("not found" outside it, like the list).
async function technicianInScope(db: Db, actor: Actor, userId: string) {
  const scope = await fieldScope(db, actor);
  if (scope.kind === "customer" || scope.kind === "none") throw new AppError("field.technician_not_found");
  const where = and(
    eq(technicians.userId, userId),
    scope.kind === "subtree" ? inSubtree(networkNodes.path, scope.path) : undefined,
  );
  const [tech] = await listTechnicians(db, actor.tenantId, where);
  if (!tech) throw new AppError("field.technician_not_found");
  return tech;
}

export async function listCertifications(s: Services, actor: Actor, userId: string) {
  await technicianInScope(s.db, actor, userId);
  const today = await tenantToday(s.db, s, actor.tenantId);
  const rows = await s.db
    .select()
    .from(technicianCertifications)
    .where(
      and(eq(technicianCertifications.tenantId, actor.tenantId), eq(technicianCertifications.userId, userId)),
    )
    .orderBy(asc(technicianCertifications.expiresOn), asc(technicianCertifications.id));
  return rows.map((r) => toDto(r, today));
}

export async function addCertification(s: Services, actor: Actor, userId: string, input: TAddCertification) {
  return s.db.transaction(async (tx) => {
    await technicianInScope(tx, actor, userId);
    const now = s.clock.now();
    const [row] = await tx
      .insert(technicianCertifications)
      .values({ id: newId("crt"), tenantId: actor.tenantId, userId, ...input, createdAt: now })
      .returning();
    if (!row) throw new Error("field: the write returned no row");
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "network.certification_added",
      entityType: "user",
      entityId: userId,
      data: { certificationId: row.id, ...input },
      at: now,
    });
    return toDto(row, await tenantToday(tx, s, actor.tenantId));
  });
}

export async function removeCertification(s: Services, actor: Actor, userId: string, id: string) {
  return s.db.transaction(async (tx) => {
    await technicianInScope(tx, actor, userId);
    const [row] = await tx
      .delete(technicianCertifications)
      .where(
        and(
          eq(technicianCertifications.tenantId, actor.tenantId),
          eq(technicianCertifications.userId, userId),
          eq(technicianCertifications.id, id),
        ),
      )
      .returning();
    if (!row) throw new AppError("field.certification_not_found");
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "network.certification_removed",
      entityType: "user",
      entityId: userId,
      data: { certificationId: id, skill: row.skill },
      at: s.clock.now(),
    });
  });
}

// The skills each technician may not serve today: they hold certifications for the skill and every
// one has expired. A skill without any certification on file is not judged (nothing to expire).
export async function lapsedSkills(db: Db, tenantId: string, userIds: string[], today: string) {
  const lapsed = new Map<string, Set<string>>();
  if (userIds.length === 0) return lapsed;
  const rows = await db
    .select()
    .from(technicianCertifications)
    .where(
      and(eq(technicianCertifications.tenantId, tenantId), inArray(technicianCertifications.userId, userIds)),
    );
  const valid = new Set(rows.filter((r) => r.expiresOn >= today).map((r) => `${r.userId}\n${r.skill}`));
  for (const r of rows) {
    if (r.expiresOn >= today || valid.has(`${r.userId}\n${r.skill}`)) continue;
    const set = lapsed.get(r.userId) ?? new Set<string>();
    set.add(r.skill);
    lapsed.set(r.userId, set);
  }
  return lapsed;
}
