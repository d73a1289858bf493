import { and, eq } from "drizzle-orm";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { checkMembers, teamDto } from "../teams.repository.js";
import { teamMembers, teams } from "../teams.tables.js";

// Adds one member to a team (add) or removes one; returns the team as it now is.
export async function changeMember(s: Services, actor: Actor, teamId: string, userId: string, add: boolean) {
  if (add) await checkMembers(s.db, actor.tenantId, [userId]);
  await s.db.transaction(async (tx) => {
    const [team] = await tx
      .select()
      .from(teams)
      .where(and(eq(teams.tenantId, actor.tenantId), eq(teams.id, teamId)));
    if (!team) throw new AppError("team.not_found");
    const key = and(
      eq(teamMembers.tenantId, actor.tenantId),
      eq(teamMembers.teamId, teamId),
      eq(teamMembers.userId, userId),
    );
    if (add)
      await tx.insert(teamMembers).values({ tenantId: actor.tenantId, teamId, userId }).onConflictDoNothing();
    else await tx.delete(teamMembers).where(key);
    await appendAudit(tx, {
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: add ? "team.member_added" : "team.member_removed",
      entityType: "team",
      entityId: teamId,
      data: { userId },
      at: s.clock.now(),
    });
  });
  return teamDto(s.db, actor.tenantId, teamId);
}
