import { readFileSync } from "node:fs";
import pg from "pg";
import { inject } from "vitest";
import { type Database, openDatabase } from "../src/server/platform/db/client.js";
import { migrate } from "../src/server/platform/db/migrate.js";

// Integration tests run on PGlite by default and on a real PostgreSQL server when the project
// "postgres" runs them (TEST_DATABASE_URL set): each test file gets its own fresh database. Read
// per call, not once per module: without isolation a worker keeps this module between files.
export const testDbKind = () => (process.env.AFTERCARE_TEST_DB === "postgres" ? "postgres" : "pglite");

export async function openTestDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (testDbKind() === "pglite") {
    // Started from the migrated snapshot the project's globalSetup built (test/pglite-snapshot.ts).
    const snapshot = inject("pgliteSnapshot");
    const database = await openDatabase(snapshot ? { loadDataDir: new Blob([readFileSync(snapshot)]) } : {});
    await migrate(database);
    return { database, drop: () => database.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is required for the postgres test project");
  const name = `aftercare_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 5 });
  await migrate(database);
  return {
    database,
    drop: async () => {
      await database.close();
      const again = new pg.Client({ connectionString: adminUrl });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}
