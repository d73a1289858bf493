import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { type ParsedMail, parseMail } from "./parse.js";

// MIME parsing (mailparser, charset decoding, HTML sanitising) costs ~4 ms of CPU a mail: in a
// mail storm it would hold the event loop that answers agents. It runs in worker threads instead,
// each taking one mail at a time; this file is also the worker's entry point. From TypeScript
// source (tsx, vitest) the worker registers tsx's loader first, as the dispatch optimiser does.

type Request = { id: number; raw: Uint8Array };
type Reply = { id: number; mail?: ParsedMail; error?: string };
type Pending = { resolve: (m: ParsedMail) => void; reject: (e: Error) => void };
type Slot = { worker: Worker; busy: number };

const self = import.meta.url;
const WORKER_FLAG = "aftercareMailParser";

function spawn(): Worker {
  const data = { [WORKER_FLAG]: true };
  if (!self.endsWith(".ts")) return new Worker(new URL(self), { workerData: data });
  const tsx = pathToFileURL(
    createRequire(self)
      .resolve("tsx/esm/api")
      .replace(/\.cjs$/, ".mjs"),
  ).href;
  return new Worker(
    `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(self)}); })`,
    { eval: true, workerData: data },
  );
}

export class MailParsePool {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(private readonly size: number) {}

  // Parses on the least busy thread; with a size of 0, on this thread.
  parse(raw: Uint8Array): Promise<ParsedMail> {
    if (this.size <= 0) return parseMail(raw);
    const slot = this.slot();
    const id = this.nextId++;
    // A thread holding work keeps the process alive (a CLI awaiting its mail); an idle one not.
    if (slot.busy++ === 0) slot.worker.ref();
    return new Promise<ParsedMail>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, raw } satisfies Request);
    }).finally(() => {
      if (--slot.busy === 0) slot.worker.unref();
    });
  }

  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private slot(): Slot {
    if (this.slots.length < this.size) {
      const worker = spawn();
      worker.unref();
      const slot: Slot = { worker, busy: 0 };
      worker.on("message", (reply: Reply) => this.settle(reply));
      // A parser that dies fails what it held and is replaced on the next mail.
      worker.on("error", (e) => this.fail(slot, e));
      worker.on("exit", (code) => this.fail(slot, new Error(`mail parser stopped with exit code ${code}`)));
      this.slots.push(slot);
      return slot;
    }
    return this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
  }

  private settle(reply: Reply): void {
    const p = this.pending.get(reply.id);
    if (!p) return;
    this.pending.delete(reply.id);
    if (reply.mail) p.resolve(reply.mail);
    else p.reject(new Error(reply.error ?? "mail parser failed"));
  }

  private fail(slot: Slot, error: Error): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    // Which requests the dead thread held is not tracked per thread: fail them all, rarely.
    for (const [id, p] of this.pending) {
      this.pending.delete(id);
      p.reject(error);
    }
  }
}

// One pool per process: AFTERCARE_MAIL_PARSE_THREADS threads (0 parses inline), by default one
// on a machine with more than one core.
let shared: MailParsePool | undefined;
export function mailParsePool(): MailParsePool {
  if (!shared) {
    const configured = process.env.AFTERCARE_MAIL_PARSE_THREADS;
    const size = configured === undefined ? (availableParallelism() > 1 ? 1 : 0) : Number(configured);
    shared = new MailParsePool(Number.isFinite(size) && size >= 0 ? Math.floor(size) : 0);
  }
  return shared;
}

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG]) {
  parentPort?.on("message", (req: Request) => {
    parseMail(req.raw).then(
      (mail) => parentPort?.postMessage({ id: req.id, mail } satisfies Reply),
      (e: unknown) => parentPort?.postMessage({ id: req.id, error: String(e) } satisfies Reply),
    );
  });
}
