import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Database } from "./client.js";

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../../../migrations");

// Forward-only: applies every migrations/*.sql not yet recorded, in name order, each in its own
// transaction; an advisory lock keeps two instances starting together from racing.
export async function migrate(database: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".sql"))
    .sort();
  await database.query(
    "create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())",
  );
  const applied: string[] = [];
  await database.db.transaction(async (tx) => {
    await tx.execute("select pg_advisory_xact_lock(727465)");
    const done = new Set(
      (
        (await tx.execute("select name from schema_migrations")) as unknown as { rows: { name: string }[] }
      ).rows.map((r) => r.name),
    );
    for (const file of files) {
      if (done.has(file)) continue;
      const statements = readFileSync(path.join(dir, file), "utf8")
        .split("--> statement-breakpoint")
        .map((s) => s.trim())
        .filter(Boolean);
      for (const statement of statements) await tx.execute(statement);
      await tx.execute(`insert into schema_migrations (name) values ('${file.replace(/'/g, "''")}')`);
      applied.push(file);
    }
  });
  return applied;
}
