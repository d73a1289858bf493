import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createApp, createJobRunner, createServices } from "../src/server/app.js";
import { loadConfig } from "../src/server/config.js";
import type { Clock } from "../src/server/platform/clock.js";
import type { Services } from "../src/server/platform/context.js";
import type { JobRunner } from "../src/server/platform/jobs/runner.js";
import { createLogger } from "../src/server/platform/logger.js";
import { openTestDatabase } from "./test-database.js";

export type Call = {
  token?: string;
  body?: unknown;
  lang?: string;
  headers?: Record<string, string>;
  raw?: RequestInit["body"];
};
export type Reply<T = any> = { status: number; body: T; headers: Headers };

// A movable clock: tests step time forward instead of sleeping.
class TestClock implements Clock {
  private offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

export type Harness = Awaited<ReturnType<typeof startHarness>>;

// The real app in-process on a real database; HTTP calls go through app.request (no port).
export async function startHarness() {
  const { database, drop } = await openTestDatabase();
  const dataDir = mkdtempSync(path.join(tmpdir(), "aftercare-test-"));
  const config = {
    ...loadConfig({
      AFTERCARE_DATA_DIR: dataDir,
      AFTERCARE_LOG_LEVEL: "silent",
      AFTERCARE_MAX_UPLOAD_MB: "2",
      // Webhook tests deliver to a receiver on 127.0.0.1.
      AFTERCARE_WEBHOOK_ALLOW_PRIVATE: "on",
    }),
  };
  const clock = new TestClock();
  const services: Services = createServices({ database, config, clock, logger: createLogger("silent") });
  const app = createApp(services);
  const jobs: JobRunner = createJobRunner(services);

  async function call<T = any>(method: string, url: string, opts: Call = {}): Promise<Reply<T>> {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    if (opts.lang) headers["accept-language"] = opts.lang;
    let body: RequestInit["body"] | undefined = opts.raw;
    if (opts.body !== undefined) {
      headers["content-type"] ??= "application/json";
      body = JSON.stringify(opts.body);
    }
    const res = await app.request(url, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  async function login(email: string, password = "secret-password"): Promise<string> {
    const r = await call("POST", "/api/v1/auth/login", { body: { email, password } });
    if (r.status !== 200) throw new Error(`login ${email} failed: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body.token as string;
  }

  return {
    app,
    services,
    database,
    clock,
    jobs,
    call,
    login,
    async close() {
      await jobs.stop();
      await drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
