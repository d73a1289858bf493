import type { Db } from "./client.js";

type Buffer = { rows: unknown[]; write: (tx: Db, rows: unknown[]) => Promise<void> };

const scopes = new WeakMap<Db, Map<string, Buffer>>();

// Inside a transaction that writes many alike changes (a group of ticket creations), rows that
// several changes append to the same table (SLA targets, jobs) are held and written together as
// one multi-row statement by `flushWriteBehind`, which the transaction's owner calls before commit.
export async function withWriteBehind<T>(tx: Db, run: () => Promise<T>): Promise<T> {
  scopes.set(tx, new Map());
  try {
    const out = await run();
    await flushWriteBehind(tx);
    return out;
  } finally {
    scopes.delete(tx);
  }
}

// Writes `rows` with `write` now, or, inside `withWriteBehind`, together with the other rows of
// the same `key` at the end. `write` must accept rows of several callers in one call.
export async function writeBehind<R>(
  tx: Db,
  key: string,
  rows: R[],
  write: (tx: Db, rows: R[]) => Promise<void>,
): Promise<void> {
  const scope = scopes.get(tx);
  if (!scope) return write(tx, rows);
  const buffer = scope.get(key) ?? { rows: [], write: write as Buffer["write"] };
  scope.set(key, buffer);
  buffer.rows.push(...rows);
}

// Writes whatever is held; a reader of a held table calls it first, so it reads its own writes.
export async function flushWriteBehind(tx: Db): Promise<void> {
  const scope = scopes.get(tx);
  if (!scope) return;
  for (const [key, buffer] of scope) {
    scope.delete(key);
    if (buffer.rows.length > 0) await buffer.write(tx, buffer.rows);
  }
}
