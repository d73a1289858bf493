import { createHash } from "node:crypto";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../src/server/platform/db/client.js";
import { MIGRATIONS_DIR, migrate } from "../src/server/platform/db/migrate.js";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteSnapshot: string;
  }
}

// vitest globalSetup of the PGlite projects. A fresh PGlite runs initdb (~2.5 s) and then every
// migration, and each test file paid that. Instead the migrations run once into a data-dir
// tarball that each file's in-memory database starts from (~0.4 s). The tarball is named after the
// migrations and the PGlite version, so a changed migration builds a new one.
export default async function pgliteSnapshot(project: TestProject): Promise<void> {
  const file = path.join(tmpdir(), `aftercare-test-pglite-${fingerprint()}.tar`);
  if (!existsSync(file)) {
    const dir = mkdtempSync(path.join(tmpdir(), "aftercare-test-snapshot-"));
    try {
      const database = await openDatabase({ dataDir: dir });
      await migrate(database);
      await database.close();
      const client = await PGlite.create(path.join(dir, "pglite"));
      const tarball = await client.dumpDataDir("none");
      await client.close();
      // Renamed into place: two projects may build it at the same moment.
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, Buffer.from(await tarball.arrayBuffer()));
      renameSync(partial, file);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  project.provide("pgliteSnapshot", file);
}

function fingerprint(): string {
  const hash = createHash("sha256");
  // The package does not export its package.json: read it beside the resolved entry (dist/).
  const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  hash.update(readFileSync(path.resolve(path.dirname(entry), "../package.json")));
  for (const f of readdirSync(MIGRATIONS_DIR)
    .filter((n) => n.endsWith(".sql"))
    .sort()) {
    hash.update(f);
    hash.update(readFileSync(path.join(MIGRATIONS_DIR, f)));
  }
  return hash.digest("hex").slice(0, 16);
}
