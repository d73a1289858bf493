import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Role } from "../../shared/roles.js";
import type { Services } from "./context.js";
import type { Db } from "./db/client.js";
import type { DomainEvent } from "./events.js";
import type { AppEnv } from "./http/actor.js";
import type { IsolationFixture } from "./http/isolation.js";
import type { AnyJobDefinition, JobContext } from "./jobs/queue.js";

// A subscription to another module's domain event; the handler runs inside the emitter's
// transaction (platform/events.ts).
// `handleMany`, where given, takes a batch of events in one go (see DomainEvents.emitMany).
export type Subscriber = {
  event: DomainEvent<unknown>;
  handle: (tx: Db, s: Services, payload: unknown) => Promise<void>;
  handleMany?: (tx: Db, s: Services, payloads: readonly unknown[]) => Promise<void>;
};

export function subscribe<T>(
  event: DomainEvent<T>,
  handle: (tx: Db, s: Services, payload: T) => Promise<void>,
  handleMany?: (tx: Db, s: Services, payloads: readonly T[]) => Promise<void>,
): Subscriber {
  return {
    event,
    handle: handle as Subscriber["handle"],
    handleMany: handleMany as Subscriber["handleMany"],
  };
}

// Periodic work, once per period however many runners share the database (jobs/runner.ts):
// `spec` is a five-field cron expression in UTC or "every 10m"; `run` commits with the run's job.
type Schedule = { name: string; spec: string; run: (ctx: JobContext) => Promise<void> };

// An entry of the web app's navigation the module contributes (route path, i18n key, who sees it).
type NavigationItem = { path: string; labelKey: string; roles: readonly Role[] };

// Everything the composition root (app.ts) needs from a module: one value, exported by its index.ts
// and listed once in `MODULES` (src/server/modules.ts).
export type ModuleDefinition = {
  name: string;
  routes?: (app: OpenAPIHono<AppEnv>, s: Services) => void;
  jobs?: readonly AnyJobDefinition[];
  // Registered in list order (modules first, then each module's own order): a module that must
  // see a change before another does comes earlier in MODULES.
  subscribers?: readonly Subscriber[];
  schedules?: readonly Schedule[];
  navigation?: readonly NavigationItem[];
  // Objects in another tenant for the cross-tenant isolation matrix (defined by each module's
  // `<module>.isolation.ts`).
  isolationFixtures?: readonly IsolationFixture[];
};

export const defineModule = (m: ModuleDefinition): ModuleDefinition => m;
