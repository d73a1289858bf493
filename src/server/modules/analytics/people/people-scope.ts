import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { membersOf, teamIdsOf } from "./people-directory.js";

// Whose scorecards and coaching plans a caller sees: an admin everyone's; a supervisor the members
// and cards of the teams they belong to (a supervisor in no team leads the whole service and sees
// everyone); anyone else only their own.
export type Scope = { all: boolean; userIds: Set<string>; teamIds: Set<string>; leads: boolean };

export async function scopeOf(db: Db, actor: Actor): Promise<Scope> {
  const own = { all: false, userIds: new Set([actor.userId]), teamIds: new Set<string>(), leads: false };
  if (actor.role === "admin") return { ...own, all: true, leads: true };
  if (actor.role !== "supervisor") return own;
  const teams = await teamIdsOf(db, actor.tenantId, actor.userId);
  if (teams.length === 0) return { ...own, all: true, leads: true };
  const members = await membersOf(db, actor.tenantId, teams);
  return { all: false, userIds: new Set([actor.userId, ...members]), teamIds: new Set(teams), leads: true };
}

export const sees = (scope: Scope, subjectId: string): boolean =>
  scope.all || scope.userIds.has(subjectId) || scope.teamIds.has(subjectId);

// Reading someone else's card or plan: 403 (the object exists in the caller's tenant; another
// tenant's is simply not found before this is asked).
export function assertSees(scope: Scope, subjectId: string): void {
  if (!sees(scope, subjectId)) throw new AppError("scorecards.not_yours");
}

// Managing (computing, awarding, coaching) is for leads, over the people they see, never themselves.
export function assertManages(scope: Scope, subjectId: string, actor: Actor): void {
  if (!scope.leads || subjectId === actor.userId) throw new AppError("scorecards.not_yours");
  assertSees(scope, subjectId);
}
