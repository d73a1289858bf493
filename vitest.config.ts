import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { requireService } from "./test/require-service.js";

const integration = ["src/**/*.int.test.ts", "test/**/*.int.test.ts"];
// Tests that wait in real time (timers firing on the wall clock): their own projects, so that
// `npm run test:fast` can leave them out; `npm run test:unit` (and so CI) still runs them.
const slow = ["src/**/*.slow.int.test.ts", "test/**/*.slow.int.test.ts"];
// Integration files share their worker's modules (isolate: false): each file still opens its own
// database, and importing the app once per worker instead of once per file halves the CPU time.
const timeouts = { testTimeout: 30_000, hookTimeout: 120_000 };
const integrationWorker = { ...timeouts, isolate: false };
const onPglite = { ...integrationWorker, env: { AFTERCARE_TEST_DB: "pglite" }, globalSetup: ["test/pglite-snapshot.ts"] };
const onPostgres = { ...integrationWorker, env: { AFTERCARE_TEST_DB: "postgres" } };

// Unit tests once; the integration suite once on PGlite and, when TEST_DATABASE_URL is set,
// again on the PostgreSQL server (without it that half is skipped, or fails the run when CI=true).
const withPostgres = requireService(
  "PostgreSQL",
  Boolean(process.env.TEST_DATABASE_URL),
  "set TEST_DATABASE_URL=postgres://user:password@host:5432/database to run the integration tests on it too",
);
export default defineConfig({
  test: {
    ...timeouts,
    pool: "forks",
    // vitest's default is one worker fewer than the cores: a single worker on a 2-core machine.
    maxWorkers: availableParallelism(),
    projects: [
      { test: { name: "unit", include: ["src/**/*.test.ts", "test/**/*.test.ts"], exclude: [...integration, "test/crash/**"] } },
      { test: { name: "pglite", include: integration, exclude: slow, ...onPglite } },
      { test: { name: "slow", include: slow, ...onPglite } },
      ...(withPostgres
        ? [
            { test: { name: "postgres", include: integration, exclude: slow, ...onPostgres } },
            { test: { name: "slow-postgres", include: slow, ...onPostgres } },
          ]
        : []),
    ],
  },
});
