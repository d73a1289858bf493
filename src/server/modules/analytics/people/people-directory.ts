import { sql } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.js";

// The people and teams a scorecard is about, read with plain SELECTs (analytics holds no other
// module's tables).
type Row = Record<string, unknown>;
const rows = async (db: Db, q: ReturnType<typeof sql>) =>
  ((await db.execute(q)) as unknown as { rows: Row[] }).rows;

export type Person = { id: string; name: string; role: "agent" | "technician" };

export async function scoredPeople(db: Db, tenantId: string): Promise<Person[]> {
  const r = await rows(
    db,
    sql`select id, name, role from users
        where tenant_id = ${tenantId} and active and role in ('agent', 'technician') order by id`,
  );
  return r.map((x) => ({ id: String(x.id), name: String(x.name), role: x.role as Person["role"] }));
}

export async function tenantTeams(db: Db, tenantId: string): Promise<{ id: string; name: string }[]> {
  const r = await rows(db, sql`select id, name from teams where tenant_id = ${tenantId} order by id`);
  return r.map((x) => ({ id: String(x.id), name: String(x.name) }));
}

export async function teamIdsOf(db: Db, tenantId: string, userId: string): Promise<string[]> {
  const r = await rows(
    db,
    sql`select team_id from team_members where tenant_id = ${tenantId} and user_id = ${userId}`,
  );
  return r.map((x) => String(x.team_id));
}

export async function membersOf(db: Db, tenantId: string, teamIds: string[]): Promise<string[]> {
  if (teamIds.length === 0) return [];
  const r = await rows(
    db,
    sql`select distinct user_id from team_members
        where tenant_id = ${tenantId} and team_id in (${sql.join(
          teamIds.map((t) => sql`${t}`),
          sql`, `,
        )})`,
  );
  return r.map((x) => String(x.user_id));
}

export async function tenantIds(db: Db): Promise<string[]> {
  return (await rows(db, sql`select id from tenants order by id`)).map((x) => String(x.id));
}
