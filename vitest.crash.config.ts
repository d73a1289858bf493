import { defineConfig } from "vitest/config";
import { requireService } from "./test/require-service.js";

// `npm run test:crash`: kills a real server on PostgreSQL mid-load. Needs TEST_DATABASE_URL.
const withPostgres = requireService(
  "PostgreSQL",
  Boolean(process.env.TEST_DATABASE_URL),
  "set TEST_DATABASE_URL=postgres://user:password@host:5432/database for the crash test",
);

export default defineConfig({
  test: {
    include: withPostgres ? ["test/crash/**/*.test.ts"] : [],
    passWithNoTests: true,
    testTimeout: 240_000,
    hookTimeout: 120_000,
  },
});
