import { and, count, eq, gt, lt } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import { AppError } from "../../platform/errors.js";
import { newId } from "../../platform/ids.js";
import { loginFailures } from "./auth.tables.js";

// Five wrong passwords lock the account for a quarter of an hour; twenty failures a minute
// from one address slow that address down. Kept in the database so every instance agrees.
const LOCKOUT = { failures: 5, windowMinutes: 15 };
const ADDRESS_LIMIT = { failures: 20, windowMinutes: 1 };

async function failuresSince(
  db: Db,
  column: typeof loginFailures.email | typeof loginFailures.ip,
  value: string,
  since: Date,
) {
  const [row] = await db
    .select({ n: count() })
    .from(loginFailures)
    .where(and(eq(column, value), gt(loginFailures.at, since)));
  return row?.n ?? 0;
}

export async function assertNotThrottled(db: Db, email: string, ip: string, now: Date): Promise<void> {
  const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
  if (
    (await failuresSince(db, loginFailures.email, email, minutesAgo(LOCKOUT.windowMinutes))) >=
    LOCKOUT.failures
  ) {
    throw new AppError("auth.locked", { minutes: LOCKOUT.windowMinutes });
  }
  if (
    (await failuresSince(db, loginFailures.ip, ip, minutesAgo(ADDRESS_LIMIT.windowMinutes))) >=
    ADDRESS_LIMIT.failures
  ) {
    throw new AppError("request.rate_limited");
  }
}

export async function recordFailure(db: Db, email: string, ip: string, now: Date): Promise<void> {
  await db.insert(loginFailures).values({ id: newId("lgf"), email, ip, at: now });
  await db
    .delete(loginFailures)
    .where(and(eq(loginFailures.email, email), lt(loginFailures.at, new Date(now.getTime() - 86_400_000))));
}

export async function clearFailures(db: Db, email: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.email, email));
}
