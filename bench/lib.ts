import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { createApp, createServices } from "../src/server/app.js";
import { loadConfig } from "../src/server/config.js";
import { systemClock } from "../src/server/platform/clock.js";
import { openDatabase } from "../src/server/platform/db/client.js";
import { migrate } from "../src/server/platform/db/migrate.js";
import { createLogger } from "../src/server/platform/logger.js";

export type Stats = {
  count: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
};

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? 0;
}

// Runs `task` `count` times with `concurrency` callers in flight, timing each call.
export async function measure(
  count: number,
  concurrency: number,
  task: (i: number) => Promise<void>,
): Promise<Stats> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      const t0 = performance.now();
      await task(i);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    count,
    seconds,
    perSecond: count / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}

// The app in-process on the database named by DATABASE_URL, or on a fresh PGlite directory.
export async function benchServices() {
  const dataDir = mkdtempSync(path.join(tmpdir(), "aftercare-bench-"));
  const config = loadConfig({ ...process.env, AFTERCARE_DATA_DIR: dataDir, AFTERCARE_LOG_LEVEL: "silent" });
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: 10,
  });
  await migrate(database);
  const services = createServices({ database, config, clock: systemClock, logger: createLogger("silent") });
  return { services, app: createApp(services), database };
}

export const fmt = (n: number, digits = 1) =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

// Counts the statements the app sends to PostgreSQL while `run` runs (client side, every query of
// every pooled connection, BEGIN and COMMIT included). PGlite runs in-process: not counted (null).
export async function countStatements(kind: string, run: () => Promise<void>): Promise<number | null> {
  if (kind !== "postgres") {
    await run();
    return null;
  }
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  let statements = 0;
  proto.query = function (this: unknown, ...args: unknown[]) {
    statements++;
    return original.apply(this, args);
  };
  try {
    await run();
  } finally {
    proto.query = original;
  }
  return statements;
}
