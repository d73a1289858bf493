import { and, eq } from "drizzle-orm";
import type { Skill } from "../../../../shared/api/teams.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { skillDto } from "../skill-dto.js";
import { skills } from "../teams.tables.js";

export async function updateSkill(
  s: Services,
  actor: Actor,
  code: string,
  input: { nameZh?: string; nameEn?: string },
): Promise<Skill> {
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
    return skillDto(row);
  });
}
