import { availableParallelism } from "node:os";
import path from "node:path";
import { z } from "zod";

const flag = z
  .enum(["on", "off", "true", "false", "1", "0"])
  .transform((v) => v === "on" || v === "true" || v === "1");

// How many reverse proxies in front of us append to X-Forwarded-For: 0 (default) trusts no
// header. `on`/`true` mean one proxy, as the setting used to be a flag.
const proxyHops = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(on|off|true|false|\d{1,2})$/, "a number of proxy hops (0–99), or on/off")
  .transform((v) => (v === "on" || v === "true" ? 1 : v === "off" || v === "false" ? 0 : Number(v)));

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
  AFTERCARE_TRUST_PROXY: proxyHops.default(0),
  // Channels (see the README's Channels section).
  AFTERCARE_SMTP_LISTEN_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  AFTERCARE_SMTP_LISTEN_HOST: z.string().min(1).optional(),
  AFTERCARE_IMAP_POLL_SECONDS: z
    .string()
    .trim()
    .regex(/^\d+$/, "whole seconds (0 turns polling off)")
    .transform(Number)
    .pipe(z.number().int().min(0).max(86_400))
    .default(60),
  AFTERCARE_PUBLIC_URL: z.string().url().optional(),
  AFTERCARE_SMTP_URL: z.string().url().optional(),
  AFTERCARE_SMS_WEBHOOK_URL: z.string().url().optional(),
  AFTERCARE_AUDIT_KEY_FILE: z.string().min(1).optional(),
  AFTERCARE_WEBHOOK_ALLOW_PRIVATE: flag.default(false),
  AFTERCARE_CREATION_LANES: z.coerce.number().int().min(1).max(8).default(3),
  AFTERCARE_MAIL_LANES: z.coerce.number().int().min(1).max(8).default(1),
  AFTERCARE_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  // Set by the cluster's primary for each worker it forks (not for operators).
  AFTERCARE_WORKER_INDEX: z.coerce.number().int().min(0).max(63).default(0),
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
  // Trusted reverse proxies in front of the app (0: the socket's peer is the client).
  trustProxyHops: number;
  smtpListen?: { port: number; host?: string };
  imapPollSeconds: number;
  // Ed25519 key that signs audit checkpoints; outside the database by design (see README).
  auditKeyFile: string;
  // Webhook URLs may name loopback and private addresses (tests, closed networks). Off by default:
  // otherwise any tenant admin could make the server call its own internal services (SSRF).
  webhookAllowPrivate: boolean;
  // Transactions of one tenant's ticket creations in flight at once on PostgreSQL (group commit).
  creationLanes: number;
  // The same for inbound mail: one lane makes the biggest groups, and a mail is not waited on by a
  // person the way an agent's click is.
  mailLanes: number;
  // Server processes sharing the port (node:cluster): one per core on PostgreSQL, one on PGlite,
  // whose embedded database belongs to a single process.
  workers: number;
  // This process's place among them: worker 0 also polls the IMAP mailboxes and prints the banner.
  workerIndex: number;
};

function parseEnv(env: NodeJS.ProcessEnv) {
  const parsed = ZEnv.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

// Fail fast with every wrong variable named, before anything starts. This file is the only
// place that reads the environment.
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = parseEnv(env);
  if (!e.DATABASE_URL && (e.AFTERCARE_WORKERS ?? 1) > 1)
    throw new Error(
      "Invalid configuration:\n  AFTERCARE_WORKERS: several worker processes need PostgreSQL (DATABASE_URL); the embedded database serves one process",
    );
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
    trustProxyHops: e.AFTERCARE_TRUST_PROXY,
    smtpListen:
      e.AFTERCARE_SMTP_LISTEN_PORT === undefined
        ? undefined
        : { port: e.AFTERCARE_SMTP_LISTEN_PORT, host: e.AFTERCARE_SMTP_LISTEN_HOST },
    imapPollSeconds: e.AFTERCARE_IMAP_POLL_SECONDS,
    auditKeyFile: path.resolve(
      e.AFTERCARE_AUDIT_KEY_FILE ?? path.join(e.AFTERCARE_DATA_DIR, "audit-signing.key"),
    ),
    webhookAllowPrivate: e.AFTERCARE_WEBHOOK_ALLOW_PRIVATE,
    creationLanes: e.AFTERCARE_CREATION_LANES,
    mailLanes: e.AFTERCARE_MAIL_LANES,
    workers: e.AFTERCARE_WORKERS ?? (e.DATABASE_URL ? availableParallelism() : 1),
    workerIndex: e.AFTERCARE_WORKER_INDEX,
  };
}

// Delivery endpoints are read when a message goes out, so a deployment (or a test) can point
// them elsewhere without a restart; loadConfig has already refused malformed values at start.
export type DeliverySettings = { publicUrl?: string; smtpUrl?: string; smsWebhookUrl?: string };

export function deliverySettings(env: NodeJS.ProcessEnv = process.env): DeliverySettings {
  const pick = (name: string) => {
    const v = env[name]?.trim();
    return v && z.string().url().safeParse(v).success ? v : undefined;
  };
  return {
    publicUrl: pick("AFTERCARE_PUBLIC_URL"),
    smtpUrl: pick("AFTERCARE_SMTP_URL"),
    smsWebhookUrl: pick("AFTERCARE_SMS_WEBHOOK_URL"),
  };
}
