import { defineCommand, runMain } from "citty";
import { createServices } from "./app.js";
import { loadConfig } from "./config.js";
import { databaseIsEmpty, seedDemo } from "./demo/seed-demo.js";
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

const main = defineCommand({
  meta: { name: "aftercare", description: "Aftercare after-sales service platform" },
  subCommands: { migrate: migrateCmd, seed: seedCmd, "verify-audit": verifyCmd },
});

void runMain(main);
