import { and, asc, eq, inArray } from "drizzle-orm";
import { isStaff } from "../../../shared/roles.js";
import type { Db } from "../../platform/db/client.js";
import { AppError } from "../../platform/errors.js";
import { findUser } from "../auth/index.js";
import { teamMembers, teams } from "./teams.tables.js";

export type TeamInput = { name?: string; skills?: string[]; memberIds?: string[] };

// Whether a team of this id exists in the tenant (a ticket's team, trigger targets when saved and run).
export async function teamExists(db: Db, tenantId: string, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.tenantId, tenantId), eq(teams.id, id)));
  return row !== undefined;
}

// Team id → its members' user ids, for the whole tenant (assignment restricts candidates by team).
export async function teamMembership(db: Db, tenantId: string): Promise<Map<string, Set<string>>> {
  const rows = await db.select().from(teamMembers).where(eq(teamMembers.tenantId, tenantId));
  const map = new Map<string, Set<string>>();
  for (const r of rows) map.set(r.teamId, (map.get(r.teamId) ?? new Set()).add(r.userId));
  return map;
}

export async function checkMembers(db: Db, tenantId: string, ids: string[]): Promise<void> {
  for (const id of ids) {
    const u = await findUser(db, tenantId, id);
    if (!u?.active || !isStaff(u.role)) throw new AppError("team.member_invalid");
  }
}

// Teams as the API returns them, with their member ids; all of the tenant's or those of `ids`.
export async function teamDtos(db: Db, tenantId: string, ids?: string[]) {
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

export async function teamDto(db: Db, tenantId: string, id: string) {
  const [team] = await teamDtos(db, tenantId, [id]);
  if (!team) throw new AppError("team.not_found");
  return team;
}

export async function setMembers(tx: Db, tenantId: string, teamId: string, ids: string[]): Promise<void> {
  await tx.delete(teamMembers).where(and(eq(teamMembers.tenantId, tenantId), eq(teamMembers.teamId, teamId)));
  const unique = [...new Set(ids)];
  if (unique.length)
    await tx.insert(teamMembers).values(unique.map((userId) => ({ tenantId, teamId, userId })));
}
