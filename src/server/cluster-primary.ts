import cluster, { type Worker } from "node:cluster";
import { prepare } from "./boot.js";
import type { Config } from "./config.js";
import type { Logger } from "./platform/logger.js";

const RESTART_MIN_MS = 1_000;
const RESTART_MAX_MS = 30_000;
const STOP_GRACE_MS = 15_000;

// The primary of AFTERCARE_WORKERS server processes: it prepares the database once, forks the
// workers (node:cluster shares the HTTP and SMTP ports between them), replaces one that dies and
// stops them all on SIGTERM. Jobs, timers and the audit sealer need no coordination here: each
// worker's runner claims work with row locks, so every job runs once however many there are.
// Should the primary itself die, node:cluster ends the workers (their IPC channel closes).
export async function runPrimary(config: Config, logger: Logger): Promise<void> {
  await prepare(config, logger);
  const indexOf = new Map<number, number>();
  const startedAt = new Map<number, number>();
  const delay = new Map<number, number>();
  let stopping = false;

  const fork = (index: number) => {
    const worker = cluster.fork({ AFTERCARE_WORKER_INDEX: String(index) });
    indexOf.set(worker.id, index);
    startedAt.set(index, Date.now());
  };

  cluster.on("exit", (worker: Worker, code, signal) => {
    const index = indexOf.get(worker.id);
    indexOf.delete(worker.id);
    if (stopping || index === undefined) return;
    // A worker that keeps dying at start waits longer each time (up to 30 s); one that ran a while
    // is replaced at once.
    const lived = Date.now() - (startedAt.get(index) ?? 0);
    const wait =
      lived > RESTART_MAX_MS ? RESTART_MIN_MS : Math.min(RESTART_MAX_MS, (delay.get(index) ?? 500) * 2);
    delay.set(index, wait);
    logger.error(
      { worker: index, code, signal, restartInMs: wait },
      "worker process ended; starting another",
    );
    setTimeout(() => {
      if (!stopping) fork(index);
    }, wait);
  });

  for (let i = 0; i < config.workers; i++) fork(i);
  logger.info({ workers: config.workers }, "worker processes started");

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping the worker processes");
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    const exited = workers.map((w) => new Promise<void>((resolve) => w.once("exit", () => resolve())));
    for (const w of workers) w.process.kill("SIGTERM");
    const timeout = setTimeout(() => {
      for (const w of workers) w.process.kill("SIGKILL");
    }, STOP_GRACE_MS);
    await Promise.all(exited);
    clearTimeout(timeout);
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}
