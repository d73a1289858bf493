import { getOrCreate } from "../get-or-create.js";
import type { Db } from "./client.js";

type Prepared = { execute(params?: Record<string, unknown>): Promise<unknown> };
const preparedOn = new WeakMap<object, Map<string, Prepared>>();

// The few queries every request runs (who is calling, the ticket just written) are built once per
// connection pool and prepared by name on the server: no query building in the app and no
// parsing and planning in PostgreSQL on each call. Only for the root db, not a transaction.
export function prepared<P extends Prepared>(db: Db, name: string, build: (db: Db) => P): P {
  const byName = getOrCreate(preparedOn, db, () => new Map<string, Prepared>());
  return getOrCreate(byName, name, () => build(db)) as P;
}
