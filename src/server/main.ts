import cluster from "node:cluster";
import { serve } from "@hono/node-server";
import { boot } from "./boot.js";
import { runPrimary } from "./cluster-primary.js";
import { type Config, loadConfig } from "./config.js";
import { DEMO_PASSWORD, DEMO_STAFF } from "./demo/demo-data.js";
import { startImapPoller, startSmtpListener } from "./modules/channels/index.js";
import { createLogger, type Logger } from "./platform/logger.js";

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  if (config.workers > 1 && cluster.isPrimary) await runPrimary(config, logger);
  else await runServer(config, logger);
}

// One server process: HTTP, the job runner, the SMTP receiver (its port shared like the HTTP one
// when there are several workers) and, on worker 0 only, the IMAP poller.
async function runServer(config: Config, logger: Logger) {
  const { database, app, jobs, services } = await boot(config, logger);
  jobs.start();
  // Optional built-in SMTP receiver for inbound mail (recipient address → mailbox).
  const smtp = config.smtpListen
    ? await startSmtpListener(services, {
        port: config.smtpListen.port,
        host: config.smtpListen.host ?? config.host,
      })
    : undefined;
  if (smtp) logger.info({ port: smtp.port }, "smtp listener started");
  // IMAP mailboxes are polled every AFTERCARE_IMAP_POLL_SECONDS (default 60; 0 turns it off).
  const imap =
    config.imapPollSeconds > 0 && config.workerIndex === 0
      ? startImapPoller(services, { intervalMs: config.imapPollSeconds * 1000 })
      : undefined;
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    if (config.workerIndex > 0) return;
    const url = `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${info.port}`;
    const logins = [
      ...DEMO_STAFF.map((u) => u.email),
      "dealer@demo.local",
      "customer@demo.local",
      "customer2@demo.local",
    ];
    process.stdout.write(
      `\nAftercare is running at ${url}  (database: ${database.kind === "pglite" ? `embedded PGlite in ${config.dataDir}` : "PostgreSQL"}; ${config.workers} server process${config.workers > 1 ? "es" : ""})\n` +
        `API reference: ${url}/api/docs\nDemo logins (password ${DEMO_PASSWORD}): ${logins.join(", ")}\n\n`,
    );
  });
  const shutdown = async (signal: string) => {
    logger.info({ signal }, "shutting down");
    server.close();
    await smtp?.close();
    await imap?.stop();
    await jobs.stop();
    await database.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
