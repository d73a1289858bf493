// Visit actions done without a network, kept in IndexedDB until they can be sent. Each carries the
// Idempotency-Key it was first tried with, so a resend the server already applied changes nothing.
export type QueuedAction = {
  seq?: number;
  key: string;
  userId: string;
  visitId: string;
  // "steps" | "parts" | "signature": the visit's action route.
  path: string;
  body: Record<string, unknown>;
  queuedAt: string;
};

const DB = "aftercare-offline";
const STORE = "visit-actions";

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: "seq", autoIncrement: true });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run<T>(mode: IDBTransactionMode, work: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

const listeners = new Set<() => void>();
const changed = () => {
  for (const l of listeners) l();
};
export function onQueueChange(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export async function enqueueAction(action: QueuedAction) {
  await run("readwrite", (s) => s.add(action));
  changed();
}

// In the order they were done: a check-in goes before the part used on site.
export const queuedActions = (): Promise<QueuedAction[]> =>
  run("readonly", (s) => s.getAll() as IDBRequest<QueuedAction[]>);

export async function dropAction(seq: number) {
  await run("readwrite", (s) => s.delete(seq));
  changed();
}
