import { randomBytes } from "node:crypto";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import { credentials, loginFailures, users } from "./auth.tables.js";
import { hashPassword } from "./passwords.js";

// A customer's portal accounts, for their data export and erasure (modules/privacy).
export async function customerAccounts(db: Db, tenantId: string, customerId: string) {
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      locale: users.locale,
      active: users.active,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.customerId, customerId)));
}

// Erasure: each account keeps its id (tickets and the audit log refer to it) but gets the
// pseudonym for a name, an address nobody can receive at, an unknown password, and is turned
// off with every session and key revoked. Failed sign-ins recorded under the old address go.
export async function eraseCustomerAccounts(
  tx: Db,
  tenantId: string,
  customerId: string,
  pseudonym: string,
  now: Date,
): Promise<void> {
  const accounts = await customerAccounts(tx, tenantId, customerId);
  if (accounts.length === 0) return;
  const ids = accounts.map((a) => a.id);
  for (const a of accounts) {
    await tx
      .update(users)
      .set({
        name: pseudonym,
        email: `${pseudonym}.${a.id.toLowerCase()}@erased.invalid`,
        passwordHash: await hashPassword(randomBytes(24).toString("base64url")),
        locale: null,
        timezone: null,
        active: false,
        updatedAt: now,
      })
      .where(and(eq(users.tenantId, tenantId), eq(users.id, a.id)));
  }
  await tx
    .update(credentials)
    .set({ revokedAt: now })
    .where(
      and(
        eq(credentials.tenantId, tenantId),
        inArray(credentials.userId, ids),
        isNull(credentials.revokedAt),
      ),
    );
  await tx.delete(loginFailures).where(
    inArray(
      sql`lower(${loginFailures.email})`,
      accounts.map((a) => a.email.toLowerCase()),
    ),
  );
}
