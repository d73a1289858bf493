import path from "node:path";
import { z } from "zod";

const flag = z
  .enum(["on", "off", "true", "false", "1", "0"])
  .transform((v) => v === "on" || v === "true" || v === "1");

const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  AFTERCARE_DATA_DIR: z.string().default("./data"),
  DATABASE_URL: z.string().url().optional(),
  AFTERCARE_DEMO: flag.optional(),
  AFTERCARE_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "silent"]).default("info"),
  AFTERCARE_JOB_POLL_MS: z.coerce.number().int().min(20).max(60_000).default(500),
  AFTERCARE_JOB_LOCK_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  AFTERCARE_JOB_KEEP_DONE_DAYS: z.coerce.number().int().min(1).max(3650).default(7),
  AFTERCARE_JOB_KEEP_FAILED_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  AFTERCARE_MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(1024).default(20),
  AFTERCARE_TRUST_PROXY: flag.default(false),
  AFTERCARE_AUDIT_KEY_FILE: z.string().min(1).optional(),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  demo?: boolean;
  logLevel: z.infer<typeof ZEnv>["AFTERCARE_LOG_LEVEL"];
  jobPollMs: number;
  // A running job's lock, renewed while it runs; expired locks are taken over by other runners.
  jobLockSeconds: number;
  // Finished jobs are deleted after this many days.
  jobRetention: { doneDays: number; failedDays: number };
  maxUploadBytes: number;
  trustProxy: boolean;
  // Ed25519 key that signs audit checkpoints; outside the database by design (see README).
  auditKeyFile: string;
};

// Fail fast with every wrong variable named, before anything starts.
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ZEnv.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.AFTERCARE_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    demo: e.AFTERCARE_DEMO,
    logLevel: e.AFTERCARE_LOG_LEVEL,
    jobPollMs: e.AFTERCARE_JOB_POLL_MS,
    jobLockSeconds: e.AFTERCARE_JOB_LOCK_SECONDS,
    jobRetention: { doneDays: e.AFTERCARE_JOB_KEEP_DONE_DAYS, failedDays: e.AFTERCARE_JOB_KEEP_FAILED_DAYS },
    maxUploadBytes: e.AFTERCARE_MAX_UPLOAD_MB * 1024 * 1024,
    trustProxy: e.AFTERCARE_TRUST_PROXY,
    auditKeyFile: path.resolve(
      e.AFTERCARE_AUDIT_KEY_FILE ?? path.join(e.AFTERCARE_DATA_DIR, "audit-signing.key"),
    ),
  };
}
