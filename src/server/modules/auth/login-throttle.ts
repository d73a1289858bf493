import { and, count, eq, gt, lt, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import { AppError } from "../../platform/errors.js";
import { newId } from "../../platform/ids.js";
import { loginFailures } from "./auth.tables.js";

// Five wrong passwords from one address lock the account for a quarter of an hour *for that
// address*: someone elsewhere cannot lock the owner out. Guessing spread over many addresses
// meets a back-off on the account (doubling from 1 s, at most a minute, never a lockout), and
// twenty failures a minute from one address slow that address down. Kept in the database so
// every instance agrees.
const LOCKOUT = { failures: 5, windowMinutes: 15 };
const ACCOUNT_BACKOFF = { afterFailures: 10, maxSeconds: 60 };
const ADDRESS_LIMIT = { failures: 20, windowMinutes: 1 };

// Counts and records one attempt as a failure before the password is checked, one attempt at a
// time per account (transaction-scoped advisory lock): twenty parallel guesses get exactly five
// password checks. A correct password then clears the account's failures (clearFailures).
export async function reserveAttempt(db: Db, email: string, ip: string, now: Date): Promise<void> {
  const since = (m: number) => new Date(now.getTime() - m * 60_000);
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`login:${email}`}))`);
    const fromHere = await tally(
      tx,
      and(eq(loginFailures.email, email), eq(loginFailures.ip, ip)),
      since(LOCKOUT.windowMinutes),
    );
    if (fromHere.n >= LOCKOUT.failures) throw new AppError("auth.locked", { minutes: LOCKOUT.windowMinutes });
    const account = await tally(tx, eq(loginFailures.email, email), since(LOCKOUT.windowMinutes));
    if (account.n >= ACCOUNT_BACKOFF.afterFailures && account.last) {
      const wait = Math.min(2 ** (account.n - ACCOUNT_BACKOFF.afterFailures), ACCOUNT_BACKOFF.maxSeconds);
      const left = Math.ceil((account.last.getTime() + wait * 1000 - now.getTime()) / 1000);
      if (left > 0) throw new AppError("auth.slow_down", { seconds: left });
    }
    const address = await tally(tx, eq(loginFailures.ip, ip), since(ADDRESS_LIMIT.windowMinutes));
    if (address.n >= ADDRESS_LIMIT.failures) throw new AppError("request.rate_limited");
    await tx.insert(loginFailures).values({ id: newId("lgf"), email, ip, at: now });
    await tx
      .delete(loginFailures)
      .where(and(eq(loginFailures.email, email), lt(loginFailures.at, new Date(now.getTime() - 86_400_000))));
  });
}

async function tally(db: Db, where: SQL | undefined, since: Date) {
  const [row] = await db
    .select({ n: count(), last: sql<string | null>`max(${loginFailures.at})` })
    .from(loginFailures)
    .where(and(where, gt(loginFailures.at, since)));
  return { n: row?.n ?? 0, last: row?.last ? new Date(row.last) : null };
}

export async function clearFailures(db: Db, email: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.email, email));
}
