import { and, eq } from "drizzle-orm";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { isUniqueViolation } from "../../../platform/db/errors.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { checkMembers, setMembers, type TeamInput, teamDto } from "../teams.repository.js";
import { teams } from "../teams.tables.js";

// Creates a team (id null) or changes one; the member list, when given, replaces the current one.
export async function saveTeam(s: Services, actor: Actor, id: string | null, input: TeamInput) {
  if (input.memberIds) await checkMembers(s.db, actor.tenantId, input.memberIds);
  try {
    const teamId = await s.db.transaction(async (tx) => {
      const now = s.clock.now();
      let row: typeof teams.$inferSelect | undefined;
      if (id) {
        [row] = await tx
          .update(teams)
          .set({ name: input.name, skills: input.skills, updatedAt: now })
          .where(and(eq(teams.tenantId, actor.tenantId), eq(teams.id, id)))
          .returning();
        if (!row) throw new AppError("team.not_found");
      } else {
        [row] = await tx
          .insert(teams)
          .values({
            id: newId("team"),
            tenantId: actor.tenantId,
            name: input.name ?? "",
            skills: input.skills ?? [],
          })
          .returning();
      }
      if (!row) throw new Error("team write returned nothing");
      if (input.memberIds) await setMembers(tx, actor.tenantId, row.id, input.memberIds);
      await appendAudit(tx, {
        tenantId: actor.tenantId,
        actorId: actor.userId,
        action: id ? "team.updated" : "team.created",
        entityType: "team",
        entityId: row.id,
        data: { ...input },
        at: now,
      });
      return row.id;
    });
    return await teamDto(s.db, actor.tenantId, teamId);
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("team.name_taken");
    throw err;
  }
}
