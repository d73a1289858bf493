import { createApp, createJobRunner, createServices } from "./app.js";
import type { Config } from "./config.js";
import { databaseIsEmpty, seedDemo } from "./demo/seed-demo.js";
import { auditSigner } from "./platform/audit/audit-signer.js";
import { systemClock } from "./platform/clock.js";
import { type Database, openDatabase } from "./platform/db/client.js";
import { migrate } from "./platform/db/migrate.js";
import type { Logger } from "./platform/logger.js";

// Config → database → migrations → (demo data) → services.
async function prepareDatabase(config: Config, logger: Logger) {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const applied = await migrate(database);
  if (applied.length > 0) logger.info({ applied }, "migrations applied");
  const services = createServices({ database, config, clock: systemClock, logger });
  const seed = config.demo ?? (await databaseIsEmpty(services));
  if (seed && (await databaseIsEmpty(services))) {
    logger.info("seeding the demo tenant");
    await seedDemo(services);
  }
  return { database, services };
}

// …then the app and the job runner of one server process.
export async function boot(config: Config, logger: Logger) {
  const { database, services } = await prepareDatabase(config, logger);
  const app = createApp(services);
  const jobs = createJobRunner(services);
  return { database, services, app, jobs };
}

// What the cluster's primary does once before it forks the workers: migrations, the demo data and
// the audit signing key, so the workers never race each other for them.
export async function prepare(config: Config, logger: Logger): Promise<Database["kind"]> {
  const { database } = await prepareDatabase(config, logger);
  auditSigner(config.auditKeyFile);
  const kind = database.kind;
  await database.close();
  return kind;
}
