import { and, asc, eq } from "drizzle-orm";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { isUniqueViolation } from "../../../platform/db/errors.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { users } from "../../auth/index.js";
import { products } from "../../products/index.js";
import { skills, teams } from "../routing.tables.js";

type SkillInput = { code: string; nameZh: string; nameEn: string };
type SkillDto = { code: string; nameZh: string; nameEn: string; managed: boolean };

const dto = (r: typeof skills.$inferSelect): SkillDto => ({
  code: r.code,
  nameZh: r.nameZh,
  nameEn: r.nameEn,
  managed: true,
});

// The managed list, plus every code users, teams or products already hold that is not on it yet
// (named by its code, `managed: false`), so pickers offer what routing already matches on.
export async function listSkills(s: Services, actor: Actor): Promise<SkillDto[]> {
  const rows = await s.db
    .select()
    .from(skills)
    .where(eq(skills.tenantId, actor.tenantId))
    .orderBy(asc(skills.code));
  const t = actor.tenantId;
  const held = await Promise.all([
    s.db.select({ skills: users.skills }).from(users).where(eq(users.tenantId, t)),
    s.db.select({ skills: teams.skills }).from(teams).where(eq(teams.tenantId, t)),
    s.db.select({ skills: products.skills }).from(products).where(eq(products.tenantId, t)),
  ]);
  const known = new Set(rows.map((r) => r.code));
  const legacy = [...new Set(held.flat().flatMap((r) => r.skills))]
    .filter((c) => c && !known.has(c))
    .sort()
    .map((code) => ({ code, nameZh: code, nameEn: code, managed: false }));
  return [...rows.map(dto), ...legacy];
}

export async function createSkill(s: Services, actor: Actor, input: SkillInput): Promise<SkillDto> {
  try {
    return await s.db.transaction(async (tx) => {
      const now = s.clock.now();
      const [row] = await tx
        .insert(skills)
        .values({ tenantId: actor.tenantId, ...input, createdAt: now, updatedAt: now })
        .returning();
      if (!row) throw new Error("insert skills returned nothing");
      await appendAudit(tx, {
        tenantId: actor.tenantId,
        actorId: actor.userId,
        action: "skill.created",
        entityType: "skill",
        entityId: input.code,
        data: input,
        at: now,
      });
      return dto(row);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("skill.code_taken", { code: input.code });
    throw err;
  }
}

export async function updateSkill(
  s: Services,
  actor: Actor,
  code: string,
  input: { nameZh?: string; nameEn?: string },
): Promise<SkillDto> {
  return s.db.transaction(async (tx) => {
    const now = s.clock.now();
    const [row] = await tx
      .update(skills)
      .set({ ...input, updatedAt: now })
      .where(and(eq(skills.tenantId, actor.tenantId), eq(skills.code, code)))
      .returning();
    if (!row) throw new AppError("skill.not_found", { code });
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "skill.updated",
      entityType: "skill",
      entityId: code,
      data: input,
      at: now,
    });
    return dto(row);
  });
}
