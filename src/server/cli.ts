import path from "node:path";
import { defineCommand, runMain } from "citty";
import { createServices } from "./app.js";
import { loadConfig } from "./config.js";
import { databaseIsEmpty, seedDemo } from "./demo/seed-demo.js";
import { backup, restore } from "./ops/backup.js";
import { listAuditTenants, verifyAuditChain } from "./platform/audit/audit-log.js";
import { systemClock } from "./platform/clock.js";
import { openDatabase } from "./platform/db/client.js";
import { migrate } from "./platform/db/migrate.js";
import { createLogger } from "./platform/logger.js";

async function withDatabase<T>(fn: (s: ReturnType<typeof createServices>) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel === "info" ? "warn" : config.logLevel);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(database);
    return await fn(createServices({ database, config, clock: systemClock, logger }));
  } finally {
    await database.close();
  }
}

const migrateCmd = defineCommand({
  meta: { name: "migrate", description: "Apply pending database migrations" },
  run: () => withDatabase(async () => void process.stdout.write("migrations are up to date\n")),
});

const seedCmd = defineCommand({
  meta: { name: "seed", description: "Seed the demo tenant into an empty database" },
  args: { tickets: { type: "string", description: "number of demo tickets", default: "320" } },
  run: ({ args }) =>
    withDatabase(async (s) => {
      if (!(await databaseIsEmpty(s)))
        throw new Error("the database already has tenants; seed only an empty database");
      await seedDemo(s, { tickets: Number(args.tickets) });
      process.stdout.write("demo tenant seeded\n");
    }),
});

const verifyCmd = defineCommand({
  meta: { name: "verify-audit", description: "Check every tenant's hash-chained audit log" },
  run: () =>
    withDatabase(async (s) => {
      let broken = 0;
      for (const tenantId of await listAuditTenants(s.db)) {
        const r = await verifyAuditChain(s.db, tenantId);
        if (!r.ok) broken++;
        process.stdout.write(
          `${tenantId}: ${r.ok ? "ok" : `BROKEN at entry ${r.firstBrokenAt} (${r.reason})`} — ${r.entries} entries verified\n`,
        );
      }
      if (broken > 0) process.exitCode = 2;
    }),
});

const backupCmd = defineCommand({
  meta: { name: "backup", description: "Write every table and stored file to one portable backup file" },
  args: { out: { type: "positional", description: "backup file (.ndjson.gz)", required: true } },
  run: ({ args }) =>
    withDatabase(async (s) => {
      const counts = await backup(s.database, path.join(s.config.dataDir, "files"), String(args.out));
      const rows = Object.values(counts).reduce((a, b) => a + b, 0);
      process.stdout.write(
        `backup written to ${args.out}: ${rows} rows in ${Object.keys(counts).length} tables\n`,
      );
    }),
});

const restoreCmd = defineCommand({
  meta: { name: "restore", description: "Restore a backup into an empty database (PGlite or PostgreSQL)" },
  args: {
    file: { type: "positional", description: "backup file written by `aftercare backup`", required: true },
  },
  run: ({ args }) =>
    withDatabase(async (s) => {
      const counts = await restore(s.database, path.join(s.config.dataDir, "files"), String(args.file));
      const rows = Object.values(counts).reduce((a, b) => a + b, 0);
      process.stdout.write(
        `restored ${rows} rows; run \`aftercare verify-audit\` to check the audit chains\n`,
      );
    }),
});

const main = defineCommand({
  meta: { name: "aftercare", description: "Aftercare after-sales service platform" },
  subCommands: {
    migrate: migrateCmd,
    seed: seedCmd,
    "verify-audit": verifyCmd,
    backup: backupCmd,
    restore: restoreCmd,
  },
});

void runMain(main);
