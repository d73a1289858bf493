import { createApp, createJobRunner, createServices } from "./app.js";
import type { Config } from "./config.js";
import { databaseIsEmpty, seedDemo } from "./demo/seed-demo.js";
import { systemClock } from "./platform/clock.js";
import { openDatabase } from "./platform/db/client.js";
import { migrate } from "./platform/db/migrate.js";
import type { Logger } from "./platform/logger.js";

// Config → database → migrations → (demo data) → services, app and job runner.
export async function boot(config: Config, logger: Logger) {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const applied = await migrate(database);
  if (applied.length > 0) logger.info({ applied }, "migrations applied");
  const services = createServices({ database, config, clock: systemClock, logger });
  const seed = config.demo ?? (await databaseIsEmpty(services));
  if (seed && (await databaseIsEmpty(services))) {
    logger.info("seeding the demo tenant");
    await seedDemo(services);
  }
  const app = createApp(services);
  const jobs = createJobRunner(services);
  return { database, services, app, jobs };
}
