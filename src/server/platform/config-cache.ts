import { PgTransaction } from "drizzle-orm/pg-core";
import { afterCommit } from "./db/after-commit.js";
import type { Db } from "./db/client.js";
import { getOrCreate } from "./get-or-create.js";

// Tenant configuration that every ticket change reads and people rarely write — SLA policies and
// calendars, triggers, routing settings — is kept per process for a few seconds instead of being
// read again by every request. A write through the owning repository drops the entry at once and
// again after its commit; another app instance sees the change within the TTL.
const TTL_MS = 5_000;

type Entry = { until: number; value: Promise<unknown>; settled: boolean };
const entries = new Map<string, Entry>();
// Keys a still-open transaction has written: it must read its own uncommitted version, and must
// not leave that version in the cache should it roll back.
const writtenIn = new WeakMap<object, Set<string>>();

const isTransaction = (db: Db) => (db as unknown) instanceof PgTransaction;

export function cachedConfig<T>(db: Db, key: string, load: () => Promise<T>): Promise<T> {
  if (writtenIn.get(db)?.has(key)) return Promise.resolve(load());
  const hit = entries.get(key);
  if (hit && hit.until > Date.now()) {
    // A transaction never waits on a read still in flight elsewhere: on PGlite (one connection)
    // that read is queued behind this very transaction, and each would wait for the other forever.
    if (hit.settled || !isTransaction(db)) return hit.value as Promise<T>;
    return Promise.resolve(load());
  }
  // Promise.resolve runs a lazy query builder once; the entry then holds its result, not the query.
  const entry: Entry = { until: Date.now() + TTL_MS, value: Promise.resolve(load()), settled: false };
  entries.set(key, entry);
  entry.value.then(
    () => {
      entry.settled = true;
    },
    () => {
      if (entries.get(key) === entry) entries.delete(key);
    },
  );
  return entry.value as Promise<T>;
}

// Every write of cached configuration calls this with the connection or transaction it writes on.
export function configChanged(db: Db, ...keys: string[]): void {
  for (const key of keys) entries.delete(key);
  if (!isTransaction(db)) return;
  const written = getOrCreate(writtenIn, db, () => new Set<string>());
  for (const key of keys) written.add(key);
  void afterCommit(db, async () => {
    for (const key of keys) entries.delete(key);
  });
}
