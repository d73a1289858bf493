import { defineConfig } from "vitest/config";

// `npm run test:crash`: kills a real server on PostgreSQL mid-load. Needs TEST_DATABASE_URL.
export default defineConfig({
  test: {
    include: process.env.TEST_DATABASE_URL ? ["test/crash/**/*.test.ts"] : [],
    passWithNoTests: true,
    testTimeout: 240_000,
    hookTimeout: 120_000,
  },
});
