import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";
import { requireService } from "./test/require-service.js";

const port = Number(process.env.E2E_PORT ?? 3210);
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Without Chromium no journey runs (npm run test:e2e passes --pass-with-no-tests); CI=true fails.
const withChromium = requireService("Chromium", existsSync(chromium), `no browser at ${chromium}; set CHROMIUM_PATH`);

// Journeys in Debian's Chromium against the real server on a fresh embedded database with demo data.
export default defineConfig({
  testDir: "e2e",
  ...(withChromium ? {} : { testIgnore: "**/*" }),
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // Mail from every worker's journeys goes to one sink (e2e/mail-sink.ts).
  globalSetup: withChromium ? "./e2e/mail-sink.ts" : undefined,
  fullyParallel: false,
  // One spec file at a time: journeys share the demo tenant, and some change its settings (routing,
  // coverage, calendars) for a moment. E2E_WORKERS=2 runs two files at a time, for local runs.
  workers: Number(process.env.E2E_WORKERS ?? 1),
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  webServer: withChromium ? {
    command: `rm -rf .data-e2e && AFTERCARE_DATA_DIR=.data-e2e PORT=${port} AFTERCARE_LOG_LEVEL=warn AFTERCARE_JOB_POLL_MS=200 AFTERCARE_SMTP_URL=smtp://127.0.0.1:${port + 11} AFTERCARE_SMTP_LISTEN_PORT=${port + 12} npx tsx src/server/main.ts`,
    url: `http://127.0.0.1:${port}/healthz`,
    // The demo seed grew with the modules: on a loaded two-core machine the first start takes minutes.
    timeout: 420_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  } : undefined,
});
