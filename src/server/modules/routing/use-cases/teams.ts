import { and, asc, eq, inArray } from "drizzle-orm";
import { isStaff } from "../../../../shared/roles.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { isUniqueViolation } from "../../../platform/db/errors.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { findUser } from "../../auth/index.js";
import { teamMembers, teams } from "../routing.tables.js";

type TeamInput = { name?: string; skills?: string[]; memberIds?: string[] };

async function checkMembers(db: Db, tenantId: string, ids: string[]): Promise<void> {
  for (const id of ids) {
    const u = await findUser(db, tenantId, id);
    if (!u?.active || !isStaff(u.role)) throw new AppError("team.member_invalid");
  }
}

async function dto(db: Db, tenantId: string, ids?: string[]) {
  const rows = await db
    .select()
    .from(teams)
    .where(and(eq(teams.tenantId, tenantId), ids ? inArray(teams.id, ids) : undefined))
    .orderBy(asc(teams.name));
  const members = await db.select().from(teamMembers).where(eq(teamMembers.tenantId, tenantId));
  return rows.map((t) => ({
    id: t.id,
    name: t.name,
    skills: t.skills,
    memberIds: members.filter((m) => m.teamId === t.id).map((m) => m.userId),
    createdAt: t.createdAt.toISOString(),
  }));
}

export const listTeams = (s: Services, actor: Actor) => dto(s.db, actor.tenantId);

async function setMembers(tx: Db, tenantId: string, teamId: string, ids: string[]): Promise<void> {
  await tx.delete(teamMembers).where(and(eq(teamMembers.tenantId, tenantId), eq(teamMembers.teamId, teamId)));
  const unique = [...new Set(ids)];
  if (unique.length)
    await tx.insert(teamMembers).values(unique.map((userId) => ({ tenantId, teamId, userId })));
}

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
    const [team] = await dto(s.db, actor.tenantId, [teamId]);
    if (!team) throw new AppError("team.not_found");
    return team;
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("team.name_taken");
    throw err;
  }
}

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
  const [team] = await dto(s.db, actor.tenantId, [teamId]);
  if (!team) throw new AppError("team.not_found");
  return team;
}
