import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { joinOpenTransactions } from "./pglite-one-connection.js";

// Both drivers expose the same query builder; use cases only ever see this type.
export type Db = PgDatabase<PgQueryResultHKT>;

export type Database = {
  db: Db;
  kind: "pglite" | "postgres";
  // Plain SQL with positional parameters, for the migration runner, bulk loaders and benchmarks.
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
};

// `loadDataDir`: start an in-memory PGlite from a `dumpDataDir()` tarball instead of running initdb
// (the tests open every file's database from one migrated snapshot).
export type DatabaseOptions = {
  databaseUrl?: string;
  dataDir?: string;
  poolSize?: number;
  loadDataDir?: Blob;
};

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl, opts.poolSize ?? 10);
  return openPglite(opts.dataDir, opts.loadDataDir);
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  pool.on("error", () => {
    // An idle client lost its connection; the pool replaces it on next use.
  });
  await pool.query("select 1");
  return {
    db: drizzlePg(pool) as unknown as Db,
    kind: "postgres",
    async query<T>(text: string, params: unknown[] = []) {
      return (await pool.query(text, params)).rows as T[];
    },
    close: () => pool.end(),
  };
}

async function openPglite(dataDir?: string, loadDataDir?: Blob): Promise<Database> {
  let dir: string | undefined;
  if (dataDir) {
    dir = path.join(dataDir, "pglite");
    mkdirSync(dir, { recursive: true });
  }
  const client = loadDataDir ? new PGlite({ dataDir: dir, loadDataDir }) : new PGlite(dir);
  await client.waitReady;
  joinOpenTransactions(client, reportJoin);
  return {
    db: drizzlePglite(client) as unknown as Db,
    kind: "pglite",
    async query<T>(text: string, params: unknown[] = []) {
      if (params.length === 0 && text.includes(";")) {
        await client.exec(text);
        return [];
      }
      return (await client.query(text, params)).rows as T[];
    },
    close: () => client.close(),
  };
}

// Each place that read outside its own transaction is named once: on Postgres it would read the
// committed state instead of the transaction's, so it should be given the transaction.
const reported = new Set<string>();
function reportJoin(stack: string): void {
  const site = stack
    .split("\n")
    .slice(2)
    .find((l) => !l.includes("node_modules") && !l.includes("pglite-one"));
  if (!site || reported.has(site)) return;
  reported.add(site);
  process.emitWarning(
    `A query joined the open transaction it was issued from:\n${stack}`,
    "PgliteJoinedQuery",
  );
}
