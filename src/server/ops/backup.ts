import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { createGunzip, createGzip } from "node:zlib";
import { sql } from "drizzle-orm";
import type { Database } from "../platform/db/client.js";

// A portable logical backup: one gzip'd NDJSON file with every table's rows and every stored file.
// The same file restores into PGlite or PostgreSQL (so it also moves a deployment between them).
const FORMAT = "aftercare-backup";
const VERSION = 1;
const BATCH = 1000;

type Header = {
  format: typeof FORMAT;
  version: number;
  createdAt: string;
  migrations: string[];
  tables: string[];
};
type Line =
  | Header
  | { table: string; rows: Record<string, unknown>[] }
  | { file: string; data: string }
  | { end: true; counts: Record<string, number> };

export async function listTables(database: Database): Promise<string[]> {
  const rows = await database.query<{ table_name: string }>(
    `select table_name from information_schema.tables
     where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'schema_migrations' order by table_name`,
  );
  return rows.map((r) => r.table_name);
}

async function primaryKey(database: Database, table: string): Promise<string[]> {
  const rows = await database.query<{ column_name: string }>(
    `select a.attname as column_name from pg_index i
     join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
     where i.indrelid = $1::regclass and i.indisprimary order by array_position(i.indkey::int2[], a.attnum)`,
    [table],
  );
  return rows.map((r) => r.column_name);
}

// The columns a backup carries and a restore inserts, in table order: generated columns (such as
// tickets.search_tokens) cannot be inserted into and are computed again by the restoring database.
async function storedColumns(database: Database): Promise<Map<string, string[]>> {
  const rows = await database.query<{ table_name: string; column_name: string }>(
    `select table_name, column_name from information_schema.columns
     where table_schema = 'public' and is_generated = 'NEVER' order by table_name, ordinal_position`,
  );
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.table_name, [...(map.get(r.table_name) ?? []), r.column_name]);
  return map;
}

const columnList = (columns: string[]) => columns.map((c) => `"${c}"`).join(", ");

async function* walkFiles(root: string, dir = root): AsyncGenerator<string> {
  if (!existsSync(dir)) return;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walkFiles(root, full);
    else if (!entry.name.includes(".tmp_")) yield path.relative(root, full);
  }
}

export async function backup(
  database: Database,
  filesRoot: string,
  outFile: string,
): Promise<Record<string, number>> {
  const gzip = createGzip();
  const out = createWriteStream(outFile);
  gzip.pipe(out);
  const write = (line: Line) =>
    new Promise<void>((resolve) =>
      gzip.write(`${JSON.stringify(line)}\n`) ? resolve() : gzip.once("drain", resolve),
    );
  const tables = await listTables(database);
  const migrations = (
    await database.query<{ name: string }>("select name from schema_migrations order by name")
  ).map((r) => r.name);
  await write({ format: FORMAT, version: VERSION, createdAt: new Date().toISOString(), migrations, tables });
  const counts: Record<string, number> = {};
  // Read outside the transaction: PGlite has one connection, held by the transaction.
  const keys = new Map<string, string[]>();
  for (const table of tables) keys.set(table, await primaryKey(database, table));
  const columns = await storedColumns(database);
  // One snapshot for all tables on PostgreSQL, so the backup is consistent while the app runs.
  await database.db.transaction(async (tx) => {
    if (database.kind === "postgres")
      await tx.execute("set transaction isolation level repeatable read, read only");
    for (const table of tables) {
      const key = keys.get(table) ?? [];
      const order = key.length > 0 ? columnList(key) : "1";
      const select = columnList(columns.get(table) ?? []);
      counts[table] = 0;
      for (let offset = 0; ; offset += BATCH) {
        const result = (await tx.execute(
          `select row_to_json(t) as r from (select ${select} from "${table}" order by ${order} limit ${BATCH} offset ${offset}) t`,
        )) as unknown as { rows: { r: Record<string, unknown> }[] };
        if (result.rows.length === 0) break;
        await write({ table, rows: result.rows.map((x) => x.r) });
        counts[table] += result.rows.length;
        if (result.rows.length < BATCH) break;
      }
    }
  });
  for await (const file of walkFiles(filesRoot)) {
    await write({ file, data: (await readFile(path.join(filesRoot, file))).toString("base64") });
  }
  await write({ end: true, counts });
  await new Promise<void>((resolve, reject) => {
    out.on("finish", resolve).on("error", reject);
    gzip.end();
  });
  return counts;
}

export class RestoreError extends Error {}

// Restores into a database that has the schema (migrations applied) and no tenants yet.
export async function restore(
  database: Database,
  filesRoot: string,
  inFile: string,
): Promise<Record<string, number>> {
  const [{ n } = { n: 0 }] = await database.query<{ n: number }>("select count(*)::int as n from tenants");
  if (n > 0) throw new RestoreError("restore needs an empty database (no tenants); this one has data");
  const counts: Record<string, number> = {};
  let header: Header | undefined;
  let ended = false;
  const applied = (await database.query<{ name: string }>("select name from schema_migrations")).map(
    (r) => r.name,
  );
  const columns = await storedColumns(database);
  await database.db.transaction(async (tx) => {
    // Opened right before reading: lines a readline interface emits before iteration starts are lost.
    const lines = createInterface({
      input: createReadStream(inFile).pipe(createGunzip()),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    for await (const text of lines) {
      if (!text) continue;
      const line = JSON.parse(text) as Line;
      if ("format" in line) {
        if (line.format !== FORMAT || line.version !== VERSION)
          throw new RestoreError("not an Aftercare backup of a known version");
        header = line;
        const missing = line.migrations.filter((m) => !applied.includes(m));
        if (missing.length > 0)
          throw new RestoreError(`the backup needs newer migrations: ${missing.join(", ")}`);
        for (const table of line.tables) await tx.execute(`delete from "${table}"`);
      } else if ("table" in line) {
        if (!header?.tables.includes(line.table)) throw new RestoreError(`unexpected table ${line.table}`);
        const table = sql.identifier(line.table);
        const list = sql.raw(columnList(columns.get(line.table) ?? []));
        await tx.execute(
          sql`insert into ${table} (${list}) select ${list} from json_populate_recordset(null::${table}, ${JSON.stringify(line.rows)}::json)`,
        );
        counts[line.table] = (counts[line.table] ?? 0) + line.rows.length;
      } else if ("file" in line) {
        const target = path.resolve(filesRoot, line.file);
        if (!target.startsWith(path.resolve(filesRoot) + path.sep))
          throw new RestoreError(`file path escapes the store: ${line.file}`);
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, Buffer.from(line.data, "base64"));
      } else if ("end" in line) {
        for (const [table, expected] of Object.entries(line.counts)) {
          if ((counts[table] ?? 0) !== expected)
            throw new RestoreError(
              `table ${table}: ${counts[table] ?? 0} rows restored, ${expected} in the backup`,
            );
        }
        ended = true;
      }
    }
    if (!header || !ended) throw new RestoreError("the backup file is incomplete");
    // Serial columns continue after the restored rows.
    const serials = (await tx.execute(
      `select table_name, column_name from information_schema.columns where table_schema = 'public' and column_default like 'nextval(%'`,
    )) as unknown as { rows: { table_name: string; column_name: string }[] };
    for (const s of serials.rows) {
      await tx.execute(
        `select setval(pg_get_serial_sequence('"${s.table_name}"', '${s.column_name}'), coalesce((select max("${s.column_name}") from "${s.table_name}"), 0) + 1, false)`,
      );
    }
  });
  return counts;
}
