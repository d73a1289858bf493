import { asc, eq } from "drizzle-orm";
import type { Skill } from "../../../../shared/api/teams.js";
import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { users } from "../../auth/index.js";
import { products } from "../../products/index.js";
import { skillDto } from "../skill-dto.js";
import { skills, teams } from "../teams.tables.js";

// The managed list, plus every code users, teams or products already hold that is not on it yet
// (named by its code, `managed: false`), so pickers offer what routing already matches on.
export async function listSkills(s: Services, actor: Actor): Promise<Skill[]> {
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
  return [...rows.map(skillDto), ...legacy];
}
