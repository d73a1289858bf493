import type { Skill } from "../../../../shared/api/teams.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { isUniqueViolation } from "../../../platform/db/errors.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { skillDto } from "../skill-dto.js";
import { skills } from "../teams.tables.js";

type SkillInput = { code: string; nameZh: string; nameEn: string };

export async function createSkill(s: Services, actor: Actor, input: SkillInput): Promise<Skill> {
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
      return skillDto(row);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("skill.code_taken", { code: input.code });
    throw err;
  }
}
