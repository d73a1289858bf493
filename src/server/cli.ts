import path from "node:path";
import { defineCommand, runMain } from "citty";
import { errorMessage } from "../shared/errors/catalog.js";
import { createServices } from "./app.js";
import { loadConfig } from "./config.js";
import { databaseIsEmpty, seedDemo } from "./demo/seed-demo.js";
import { backup, restore } from "./ops/backup.js";
import { solveSolomonFile } from "./ops/dispatch-solve.js";
import { BacktestInputError, backtestCsvFile } from "./ops/forecast-backtest.js";
import { ImportCommandError, importFile } from "./ops/import-file.js";
import { importReport } from "./ops/import-report.js";
import { createTenant, TenantInputError, tenantSummaries } from "./ops/tenants.js";
import { generateWorkload } from "./ops/workload.js";
import { listAuditTenants } from "./platform/audit/audit-log.js";
import { auditDeps, sealAuditLog } from "./platform/audit/audit-sealer.js";
import { verifyAuditLog } from "./platform/audit/audit-verify.js";
import { systemClock } from "./platform/clock.js";
import { openDatabase } from "./platform/db/client.js";
import { migrate } from "./platform/db/migrate.js";
import { AppError } from "./platform/errors.js";
import { createLogger } from "./platform/logger.js";

async function withDatabase<T>(fn: (s: ReturnType<typeof createServices>) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel === "info" ? "warn" : config.logLevel);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(database);
    return await fn(createServices({ database, config, clock: systemClock, logger }));
  } finally {
    await database.close();
  }
}

const migrateCmd = defineCommand({
  meta: { name: "migrate", description: "Apply pending database migrations" },
  run: () => withDatabase(async () => void process.stdout.write("migrations are up to date\n")),
});

function progressBar(label: string) {
  return (done: number, total: number) => {
    const width = 30;
    const filled = total > 0 ? Math.round((done / total) * width) : width;
    process.stderr.write(
      `\r${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")}`,
    );
    if (done >= total) process.stderr.write("\n");
  };
}

const seedCmd = defineCommand({
  meta: {
    name: "seed",
    description: "Seed the demo tenant, or with --tickets above 1,000 a generated load (fast bulk inserts)",
  },
  args: {
    tickets: { type: "string", description: "number of tickets (demo: 320)", default: "320" },
    tenants: { type: "string", description: "tenants to generate the load for (bulk mode)", default: "1" },
  },
  run: ({ args }) =>
    withDatabase(async (s) => {
      const tickets = Number(args.tickets);
      if (!Number.isInteger(tickets) || tickets < 1)
        throw new Error("--tickets must be a positive whole number");
      if (tickets <= 1000) {
        if (!(await databaseIsEmpty(s)))
          throw new Error(
            "the demo seeds only an empty database; use --tickets above 1,000 for a generated load",
          );
        await seedDemo(s, { tickets });
        process.stdout.write("demo tenant seeded\n");
        return;
      }
      const tenants = Math.max(1, Number(args.tenants) || 1);
      const started = Date.now();
      for (let i = 1; i <= tenants; i++) {
        const slug = `load-${Date.now().toString(36)}-${i}`;
        const w = await generateWorkload(s.database, {
          tickets,
          slug,
          onProgress: progressBar(`tenant ${i}/${tenants}`),
        });
        process.stdout.write(
          `tenant ${slug}: ${w.tickets.toLocaleString("en-US")} tickets; sign in as ${w.agentEmail} or ${w.customerEmail} (password ${w.password})\n`,
        );
      }
      process.stdout.write(`generated in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    }),
});

const verifyCmd = defineCommand({
  meta: {
    name: "verify-audit",
    description: "Check every tenant's audit log against its signed and published checkpoints",
  },
  args: {
    seal: {
      type: "boolean",
      description: "seal the entries still waiting for the sealer first (when no server is running)",
      default: false,
    },
  },
  run: ({ args }) =>
    withDatabase(async (s) => {
      const audit = auditDeps(s);
      process.stdout.write(`audit public key: ${audit.signer.verifierKey}\n`);
      if (args.seal) process.stdout.write(`sealed ${await sealAuditLog(audit)} waiting entries\n`);
      let broken = 0;
      for (const tenantId of await listAuditTenants(s.db)) {
        const r = await verifyAuditLog(audit, tenantId);
        if (!r.ok) broken++;
        const signed = r.checkpoint
          ? `signed at ${r.checkpoint.time} over ${r.checkpoint.treeSize}`
          : "no checkpoint";
        process.stdout.write(
          `${tenantId}: ${r.ok ? "ok" : `BROKEN at entry ${r.firstBrokenAt ?? "-"} (${r.reason})`} — ${r.entries} entries verified, root ${r.rootHash.slice(0, 16)}…, ${signed}, ${r.publishedCheckpoints} published checkpoints, ${r.pending} awaiting the sealer\n`,
        );
        for (const p of r.problems)
          process.stdout.write(
            `  ${p.kind}${p.index === undefined ? "" : ` at entry ${p.index + 1}${p.exact === false ? " or later" : ""}`} (${p.source ?? "sealer"}): ${p.detail}\n`,
          );
        if (r.sealerError)
          process.stdout.write(`  sealer error since ${r.sealerError.at}: ${r.sealerError.reason}\n`);
      }
      if (broken > 0) process.exitCode = 2;
    }),
});

const backupCmd = defineCommand({
  meta: { name: "backup", description: "Write every table and stored file to one portable backup file" },
  args: { out: { type: "positional", description: "backup file (.ndjson.gz)", required: true } },
  run: ({ args }) =>
    withDatabase(async (s) => {
      const counts = await backup(s.database, path.join(s.config.dataDir, "files"), String(args.out));
      const rows = Object.values(counts).reduce((a, b) => a + b, 0);
      process.stdout.write(
        `backup written to ${args.out}: ${rows} rows in ${Object.keys(counts).length} tables\n`,
      );
    }),
});

const restoreCmd = defineCommand({
  meta: { name: "restore", description: "Restore a backup into an empty database (PGlite or PostgreSQL)" },
  args: {
    file: { type: "positional", description: "backup file written by `aftercare backup`", required: true },
  },
  run: ({ args }) =>
    withDatabase(async (s) => {
      const counts = await restore(s.database, path.join(s.config.dataDir, "files"), String(args.file));
      const rows = Object.values(counts).reduce((a, b) => a + b, 0);
      process.stdout.write(
        `restored ${rows} rows; run \`aftercare verify-audit\` to check the audit chains\n`,
      );
    }),
});

const tenantCreateCmd = defineCommand({
  meta: {
    name: "create",
    description: "Create a tenant with its first admin; prints {tenantId, adminId} as JSON",
  },
  args: {
    name: { type: "string", description: "tenant name", required: true },
    slug: { type: "string", description: "unique slug (lowercase letters, digits, dashes)", required: true },
    "admin-email": { type: "string", description: "first admin's e-mail (sign-in name)", required: true },
    "admin-password": {
      type: "string",
      description: "first admin's password (8+ characters)",
      required: true,
    },
    "admin-name": { type: "string", description: "first admin's display name (default: the e-mail)" },
    timezone: { type: "string", description: "IANA time zone", default: "Asia/Shanghai" },
    locale: { type: "string", description: "default language: zh-CN or en", default: "zh-CN" },
  },
  run: ({ args }) =>
    withDatabase(async (s) => {
      try {
        const created = await createTenant(s.db, {
          name: args.name,
          slug: args.slug,
          adminEmail: args["admin-email"],
          adminPassword: args["admin-password"],
          adminName: args["admin-name"],
          timezone: args.timezone,
          locale: args.locale as "zh-CN" | "en",
        });
        process.stdout.write(`${JSON.stringify(created)}\n`);
      } catch (err) {
        if (!(err instanceof TenantInputError)) throw err;
        process.stderr.write(`${err.message}\n`);
        process.exitCode = 1;
      }
    }),
});

const tenantListCmd = defineCommand({
  meta: { name: "list", description: "List tenants, one JSON line each" },
  run: () =>
    withDatabase(async (s) => {
      for (const t of await tenantSummaries(s.db)) process.stdout.write(`${JSON.stringify(t)}\n`);
    }),
});

const tenantCmd = defineCommand({
  meta: { name: "tenant", description: "Create and list tenants" },
  subCommands: { create: tenantCreateCmd, list: tenantListCmd },
});

const dispatchSolveCmd = defineCommand({
  meta: {
    name: "solve",
    description: "Plan a Solomon VRPTW instance with the dispatch optimiser; prints one JSON line",
  },
  args: {
    solomon: { type: "string", description: "instance file in Solomon's text format", required: true },
    seconds: { type: "string", description: "time budget in seconds", default: "10" },
    seed: { type: "string", description: "random seed (same seed and budget, same search)", default: "1" },
    clock: {
      type: "string",
      description: "budget and seconds in wall-clock or process CPU time (wall|cpu)",
      default: "wall",
    },
  },
  run: ({ args }) => {
    const seconds = Number(args.seconds);
    const seed = Number(args.seed);
    if (!(seconds > 0)) throw new Error("--seconds must be a positive number");
    if (!Number.isInteger(seed)) throw new Error("--seed must be a whole number");
    if (args.clock !== "wall" && args.clock !== "cpu") throw new Error("--clock must be wall or cpu");
    const answer = solveSolomonFile(String(args.solomon), { seconds, seed, clock: args.clock });
    process.stdout.write(`${JSON.stringify(answer)}\n`);
  },
});

const dispatchCmd = defineCommand({
  meta: { name: "dispatch", description: "Field-service dispatch optimiser" },
  subCommands: { solve: dispatchSolveCmd },
});

const forecastBacktestCmd = defineCommand({
  meta: {
    name: "backtest",
    description:
      "Rolling-origin backtest of the volume forecaster and of seasonal naive on a daily date,value CSV; prints one JSON line",
  },
  args: {
    csv: { type: "string", description: "daily history: date,value rows (YYYY-MM-DD,count)", required: true },
    horizon: { type: "string", description: "days forecast from each origin", default: "14" },
  },
  run: ({ args }) => {
    const horizon = Number(args.horizon);
    if (!Number.isInteger(horizon) || horizon < 1 || horizon > 90)
      throw new Error("--horizon must be a whole number of days from 1 to 90");
    try {
      process.stdout.write(`${JSON.stringify(backtestCsvFile(String(args.csv), horizon))}\n`);
    } catch (err) {
      // A bad file is the analyst's to fix: say what is wrong, no stack trace.
      if (!(err instanceof BacktestInputError || (err as NodeJS.ErrnoException).code === "ENOENT")) throw err;
      process.stderr.write(`${(err as Error).message}\n`);
      process.exitCode = 1;
    }
  },
});

const forecastCmd = defineCommand({
  meta: { name: "forecast", description: "Ticket volume forecasts" },
  subCommands: { backtest: forecastBacktestCmd },
});

const importCmd = defineCommand({
  meta: {
    name: "import",
    description:
      "Import customers, products, units or parts from an .xlsx or .csv (as the admin screens do); prints progress and every row's result",
  },
  args: {
    entity: { type: "positional", description: "customers | products | units | parts", required: true },
    file: { type: "positional", description: "the .xlsx or .csv file", required: true },
    tenant: { type: "string", description: "tenant slug (needed when there are several tenants)" },
    "dry-run": {
      type: "boolean",
      description: "report what each row would do, write nothing",
      default: false,
    },
    lang: { type: "string", description: "language of the messages: zh-CN or en (default: the tenant's)" },
  },
  run: ({ args }) =>
    withDatabase(async (s) => {
      const lang = args.lang === "en" || args.lang === "zh-CN" ? args.lang : undefined;
      const bar = progressBar(`import ${args.entity}`);
      try {
        const result = await importFile(s, {
          entity: String(args.entity),
          file: String(args.file),
          tenant: args.tenant,
          dryRun: Boolean(args["dry-run"]),
          locale: lang,
          onProgress: (done, total) => {
            // About a hundred redraws, however long the file.
            if (done === total || done % Math.max(1, Math.floor(total / 100)) === 0) bar(done, total);
          },
        });
        process.stdout.write(importReport(result));
        if (result.rows.some((r) => r.action === "error")) process.exitCode = 2;
      } catch (err) {
        const message =
          err instanceof ImportCommandError
            ? err.message
            : err instanceof AppError
              ? errorMessage(err.code, lang ?? "en", err.params)
              : undefined;
        if (message === undefined) throw err;
        process.stderr.write(`${message}\n`);
        process.exitCode = 1;
      }
    }),
});

const main = defineCommand({
  meta: { name: "aftercare", description: "Aftercare after-sales service platform" },
  subCommands: {
    migrate: migrateCmd,
    seed: seedCmd,
    "verify-audit": verifyCmd,
    backup: backupCmd,
    restore: restoreCmd,
    tenant: tenantCmd,
    dispatch: dispatchCmd,
    forecast: forecastCmd,
    import: importCmd,
  },
});

void runMain(main);
