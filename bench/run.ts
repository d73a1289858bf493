import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fmt } from "./lib.js";
import { benchMailIngest } from "./mail.bench.js";
import { benchRouting } from "./routing.bench.js";
import { benchTicketCreate } from "./ticket-create.bench.js";

// `npm run bench`: every benchmark, one table, and bench/results/latest.json.
async function main() {
  const count = Number(process.env.BENCH_TICKETS ?? 2000);
  const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`;
  process.stdout.write(`Aftercare benchmarks — ${machine}\n`);
  const ticketCreate = await benchTicketCreate({ count, concurrency });
  const rows = [
    ["benchmark", "database", "ops/s", "p50 ms", "p95 ms", "p99 ms"],
    [
      "raw single-row INSERT",
      ticketCreate.database,
      fmt(ticketCreate.raw.perSecond, 0),
      fmt(ticketCreate.raw.p50, 2),
      fmt(ticketCreate.raw.p95, 2),
      fmt(ticketCreate.raw.p99, 2),
    ],
    [
      "ticket creation via HTTP API",
      ticketCreate.database,
      fmt(ticketCreate.http.perSecond, 0),
      fmt(ticketCreate.http.p50, 2),
      fmt(ticketCreate.http.p95, 2),
      fmt(ticketCreate.http.p99, 2),
    ],
  ];
  const routing = await benchRouting({
    agents: Number(process.env.BENCH_AGENTS ?? 200),
    queued: Number(process.env.BENCH_QUEUED ?? 10_000),
  });
  rows.push(
    ["routing decide() (200 agents, in memory)", "-", fmt(routing.decisionsPerSecond, 0), "", "", ""],
    ["routing queue drain (assignments)", routing.database, fmt(routing.drain.perSecond, 0), "", "", ""],
  );
  const mail = await benchMailIngest({ target: Number(process.env.BENCH_MAILS ?? 1000) });
  rows.push([
    `mail ingest (${mail.mails} mixed real mails, sequential)`,
    mail.database,
    fmt(mail.perSecond, 0),
    "",
    "",
    "",
  ]);
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length))) ?? [];
  for (const r of rows)
    process.stdout.write(`${r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join("  ")}\n`);
  process.stdout.write(
    `ticket creation / raw insert rate: ${fmt(ticketCreate.ratio * 100, 1)} %\nworkload: ${ticketCreate.workload}\n`,
  );
  const out = path.resolve(import.meta.dirname, "results/latest.json");
  writeFileSync(
    out,
    JSON.stringify({ at: new Date().toISOString(), machine, ticketCreate, routing, mail }, null, 2),
  );
  process.stdout.write(`written ${path.relative(process.cwd(), out)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
