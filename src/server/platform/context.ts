import type { Config } from "../config.js";
import type { Clock } from "./clock.js";
import type { Database, Db } from "./db/client.js";
import type { DomainEvents } from "./events.js";
import type { Logger } from "./logger.js";
import type { FileStore } from "./storage/file-store.js";

// What every module's routes and use cases are given by the composition root.
export type Services = {
  database: Database;
  db: Db;
  clock: Clock;
  logger: Logger;
  files: FileStore;
  config: Config;
  events: DomainEvents;
};
