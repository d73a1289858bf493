import { AsyncLocalStorage } from "node:async_hooks";
import type { PGlite, Transaction } from "@electric-sql/pglite";

type Open = { tx: Transaction; open: boolean };

// PGlite is one connection: while a transaction is open, every other query waits for it to end.
// Code inside a transaction that reads through the shared database object instead of the
// transaction (a cached setting, a helper that takes the services) would wait for itself forever
// and wedge the whole process. Here such a query joins the transaction it was issued from (it
// sees the transaction's own writes, as the code meant), and a nested `transaction()` becomes a
// savepoint in it. Queries from elsewhere still wait their turn.
export function joinOpenTransactions(client: PGlite, onJoin: (stack: string) => void): void {
  const current = new AsyncLocalStorage<Open>();
  const openHere = () => {
    const s = current.getStore();
    return s?.open ? s : undefined;
  };
  const base = {
    query: client.query.bind(client),
    exec: client.exec.bind(client),
    transaction: client.transaction.bind(client),
  };
  const joined = (s: Open) => {
    onJoin(new Error("query outside its transaction").stack ?? "");
    return s.tx;
  };
  client.query = ((...args: Parameters<PGlite["query"]>) => {
    const s = openHere();
    return s ? joined(s).query(...args) : base.query(...args);
  }) as PGlite["query"];
  client.exec = ((...args: Parameters<PGlite["exec"]>) => {
    const s = openHere();
    return s ? joined(s).exec(...args) : base.exec(...args);
  }) as PGlite["exec"];
  client.transaction = (async <T>(fn: (tx: Transaction) => Promise<T>) => {
    const s = openHere();
    if (s) return inSavepoint(joined(s), fn);
    return base.transaction(async (tx) => {
      const store: Open = { tx, open: true };
      try {
        return await current.run(store, () => fn(tx));
      } finally {
        store.open = false;
      }
    });
  }) as PGlite["transaction"];
}

let savepoints = 0;
async function inSavepoint<T>(tx: Transaction, fn: (tx: Transaction) => Promise<T>): Promise<T> {
  const name = `joined_${++savepoints}`;
  await tx.exec(`savepoint ${name}`);
  try {
    const result = await fn(tx);
    await tx.exec(`release savepoint ${name}`);
    return result;
  } catch (err) {
    await tx.exec(`rollback to savepoint ${name}`);
    throw err;
  }
}
