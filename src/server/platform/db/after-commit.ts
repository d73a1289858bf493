import type { Db } from "./client.js";

type Hook = () => Promise<unknown>;
type OnHookError = (err: unknown) => void;

const hooksOf = new WeakMap<object, Hook[]>();
const installed = new WeakSet<object>();

// Makes `db.transaction` run the work registered with `afterCommit(tx, …)` once the transaction
// has committed, before it returns to its caller. Such work is for things that must not hold the
// transaction's locks (routing a new ticket to an agent): it is not durable, so whatever it does
// must also be reachable from durable state after a crash.
export function installAfterCommit(db: Db, onError: OnHookError): void {
  if (installed.has(db)) return;
  installed.add(db);
  const original = db.transaction.bind(db);
  const wrapped: typeof db.transaction = async (run, config) => {
    const hooks: Hook[] = [];
    const result = await original(async (tx) => {
      hooksOf.set(tx, hooks);
      return run(tx);
    }, config);
    // The commit has happened: a failing hook is logged, never turned into a failed request.
    for (const hook of hooks) await hook().catch(onError);
    return result;
  };
  db.transaction = wrapped;
}

// Outside a tracked transaction (a plain autocommit statement) the work runs right away.
export function afterCommit(tx: Db, hook: Hook): Promise<unknown> | undefined {
  const hooks = hooksOf.get(tx);
  if (!hooks) return hook();
  hooks.push(hook);
  return undefined;
}

const keysOf = new WeakMap<Hook[], Set<string>>();

// As afterCommit, but once per transaction and key however often it is asked (a group of changes
// that each ask for the same follow-up work).
export function afterCommitOnce(tx: Db, key: string, hook: Hook): Promise<unknown> | undefined {
  const hooks = hooksOf.get(tx);
  if (!hooks) return hook();
  const keys = keysOf.get(hooks) ?? new Set<string>();
  keysOf.set(hooks, keys);
  if (keys.has(key)) return undefined;
  keys.add(key);
  hooks.push(hook);
  return undefined;
}
