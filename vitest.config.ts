import { defineConfig } from "vitest/config";

const integration = ["src/**/*.int.test.ts", "test/**/*.int.test.ts"];

// Unit tests once; the integration suite once on PGlite and, when TEST_DATABASE_URL is set,
// again on the PostgreSQL server.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
    projects: [
      { test: { name: "unit", include: ["src/**/*.test.ts", "test/**/*.test.ts"], exclude: [...integration, "test/crash/**"] } },
      { test: { name: "pglite", include: integration, env: { AFTERCARE_TEST_DB: "pglite" }, testTimeout: 30_000, hookTimeout: 120_000 } },
      ...(process.env.TEST_DATABASE_URL
        ? [{ test: { name: "postgres", include: integration, env: { AFTERCARE_TEST_DB: "postgres" }, testTimeout: 30_000, hookTimeout: 120_000 } }]
        : []),
    ],
  },
});
