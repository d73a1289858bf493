import { and, desc, eq, ilike, inArray, isNull, lt, ne, or, type SQL, sql } from "drizzle-orm";
import type { ApiKeyScope } from "../../../shared/api/api-keys.js";
import type { Role } from "../../../shared/roles.js";
import type { Db } from "../../platform/db/client.js";
import { prepared } from "../../platform/db/prepared.js";
import { credentials, users } from "./auth.tables.js";

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return row;
}

export async function findUser(db: Db, tenantId: string, id: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, id)));
  return row;
}

// Which part of the service network the user works for (the field module decides; null: all of it).
export async function setUserNodePath(db: Db, tenantId: string, id: string, nodePath: string | null) {
  await db
    .update(users)
    .set({ nodePath })
    .where(and(eq(users.tenantId, tenantId), eq(users.id, id)));
}

export async function insertUser(db: Db, row: NewUserRow): Promise<UserRow> {
  const [created] = await db.insert(users).values(row).returning();
  if (!created) throw new Error("insert users returned nothing");
  return created;
}

export async function updateUser(
  db: Db,
  tenantId: string,
  id: string,
  patch: Partial<NewUserRow>,
): Promise<UserRow | undefined> {
  const [row] = await db
    .update(users)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(users.tenantId, tenantId), eq(users.id, id)))
    .returning();
  return row;
}

export async function listUsers(
  db: Db,
  tenantId: string,
  f: { role?: Role; q?: string; limit: number; afterId?: string },
): Promise<UserRow[]> {
  const conds: (SQL | undefined)[] = [eq(users.tenantId, tenantId)];
  if (f.role) conds.push(eq(users.role, f.role));
  if (f.q)
    conds.push(or(ilike(users.name, `%${escapeLike(f.q)}%`), ilike(users.email, `%${escapeLike(f.q)}%`)));
  if (f.afterId) conds.push(lt(users.id, f.afterId));
  return db
    .select()
    .from(users)
    .where(and(...conds))
    .orderBy(desc(users.id))
    .limit(f.limit);
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}

export type CredentialWithUser = {
  credentialId: string;
  kind: "session" | "api_key";
  scope: ApiKeyScope;
  lastUsedAt: Date | null;
  user: UserRow;
};

export async function findActiveCredential(
  db: Db,
  digest: string,
  now: Date,
): Promise<CredentialWithUser | undefined> {
  const query = prepared(db, "auth_active_credential", (d) =>
    d
      .select({
        credentialId: credentials.id,
        kind: credentials.kind,
        scope: credentials.scope,
        lastUsedAt: credentials.lastUsedAt,
        user: users,
      })
      .from(credentials)
      .innerJoin(users, and(eq(users.id, credentials.userId), eq(users.tenantId, credentials.tenantId)))
      .where(
        and(
          eq(credentials.tokenHash, sql.placeholder("digest")),
          isNull(credentials.revokedAt),
          or(isNull(credentials.expiresAt), sql`${credentials.expiresAt} > ${sql.placeholder("now")}`),
          eq(users.active, true),
        ),
      )
      .prepare("auth_active_credential"),
  );
  const [row] = await query.execute({ digest, now: now.toISOString() });
  return row;
}

export async function insertCredential(db: Db, row: typeof credentials.$inferInsert): Promise<void> {
  await db.insert(credentials).values(row);
}

export async function revokeCredential(
  db: Db,
  tenantId: string,
  id: string,
  now: Date,
  kind?: "session" | "api_key",
): Promise<boolean> {
  const rows = await db
    .update(credentials)
    .set({ revokedAt: now })
    .where(
      and(
        eq(credentials.tenantId, tenantId),
        eq(credentials.id, id),
        isNull(credentials.revokedAt),
        kind ? eq(credentials.kind, kind) : undefined,
      ),
    )
    .returning({ id: credentials.id });
  return rows.length > 0;
}

export async function listApiKeys(db: Db, tenantId: string) {
  return db
    .select()
    .from(credentials)
    .where(
      and(eq(credentials.tenantId, tenantId), eq(credentials.kind, "api_key"), isNull(credentials.revokedAt)),
    )
    .orderBy(desc(credentials.id));
}

// Ends a user's credentials of the given kinds at once (the caller's own session may be kept).
export async function revokeUserCredentials(
  db: Db,
  tenantId: string,
  userId: string,
  now: Date,
  kinds: ("session" | "api_key")[],
  keepId?: string,
): Promise<number> {
  const rows = await db
    .update(credentials)
    .set({ revokedAt: now })
    .where(
      and(
        eq(credentials.tenantId, tenantId),
        eq(credentials.userId, userId),
        inArray(credentials.kind, kinds),
        isNull(credentials.revokedAt),
        keepId ? ne(credentials.id, keepId) : undefined,
      ),
    )
    .returning({ id: credentials.id });
  return rows.length;
}

// At most one write a minute per key, however busy it is: the statement itself re-checks, so
// concurrent requests of one key write once.
export const LAST_USED_EVERY_MS = 60_000;

export async function touchCredential(db: Db, id: string, now: Date): Promise<void> {
  await db
    .update(credentials)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(credentials.id, id),
        or(
          isNull(credentials.lastUsedAt),
          lt(credentials.lastUsedAt, new Date(now.getTime() - LAST_USED_EVERY_MS)),
        ),
      ),
    );
}
