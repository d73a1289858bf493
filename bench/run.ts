import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { benchKnowledgeSearch, knowledgeRows } from "./knowledge.bench.js";
import { fmt } from "./lib.js";
import { benchMailIngest } from "./mail.bench.js";
import { benchQueue } from "./queue.bench.js";
import { benchRouting } from "./routing.bench.js";
import { benchSla, defaultSlaTickets } from "./sla.bench.js";
import { benchTicketCreate } from "./ticket-create.bench.js";

// `npm run bench`: every benchmark, one table, and bench/results/latest.json.
async function main() {
  // Sizes that show the point and keep `npm run bench` to a few minutes on PGlite (one in-process
  // connection); PostgreSQL gets the full sizes. Every size can be set by its BENCH_* variable.
  const pg = Boolean(process.env.DATABASE_URL);
  const count = Number(process.env.BENCH_TICKETS ?? (pg ? 2000 : 1000));
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
    queued: Number(process.env.BENCH_QUEUED ?? (pg ? 10_000 : 2000)),
  });
  rows.push(
    ["routing decide() (200 agents, in memory)", "-", fmt(routing.decisionsPerSecond, 0), "", "", ""],
    [
      `routing queue drain (${routing.drain.assigned} assignments)`,
      routing.database,
      fmt(routing.drain.perSecond, 0),
      "",
      "",
      "",
    ],
  );
  const sla = await benchSla({ openTickets: defaultSlaTickets(), due: 1000, iterations: 20_000 });
  for (const d of sla.dueTime)
    rows.push([`SLA due time, China calendar, ${d.span}`, "-", fmt(d.perSecond, 0), "", "", ""]);
  if (sla.timers)
    rows.push(
      [
        `SLA timer claim among ${sla.timers.openTickets.toLocaleString("en-US")} open tickets (ms)`,
        sla.database,
        "",
        fmt(sla.timers.claimMs, 2),
        "",
        "",
      ],
      [
        `SLA fire ${sla.timers.due} due timers (JobRunner)`,
        sla.database,
        fmt(sla.timers.firedPerSecond, 0),
        "",
        "",
        "",
      ],
    );
  const mailConcurrency = Number(process.env.BENCH_MAIL_CONCURRENCY ?? 64);
  const mail = await benchMailIngest({
    target: Number(process.env.BENCH_MAILS ?? 2080),
    concurrency: mailConcurrency,
  });
  rows.push([
    `mail ingest (${mail.mails} mixed real mails, ${mailConcurrency} at once)`,
    mail.database,
    fmt(mail.perSecond, 0),
    "",
    "",
    "",
  ]);
  const queue = await benchQueue({
    small: 10_000,
    large: Number(process.env.BENCH_QUEUE_TICKETS ?? (pg ? 1_000_000 : 100_000)),
    iterations: Number(process.env.BENCH_QUEUE_ITERATIONS ?? 100),
  });
  for (const q of queue.rows)
    rows.push([
      `${q.name} @ ${q.tickets.toLocaleString("en-US")}`,
      queue.database,
      fmt(q.stats.perSecond, 0),
      fmt(q.stats.p50, 2),
      fmt(q.stats.p95, 2),
      fmt(q.stats.p99, 2),
    ]);
  rows.push([`server RSS after the read benchmarks (MiB)`, queue.database, String(queue.rssMiB), "", "", ""]);
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length))) ?? [];
  for (const r of rows)
    process.stdout.write(`${r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join("  ")}\n`);
  process.stdout.write(
    `ticket creation / raw insert rate: ${fmt(ticketCreate.ratio * 100, 1)} %` +
      (ticketCreate.statementsPerCreation === null
        ? "\n"
        : ` (one creation sends ${fmt(ticketCreate.statementsPerCreation, 1)} statements; a raw insert sends 1)\n`) +
      `workloads: ${ticketCreate.workload}; routing: ${routing.workload}; SLA: ${sla.workload}` +
      `${sla.timers ? ` (claim uses jobs_due_idx: ${sla.timers.usesDueIndex})` : ""}; mail: ${mail.mails} mails; reads: ${queue.workload}\n`,
  );
  // Search quality is a separate table: its columns are rates, not speeds.
  const knowledge = benchKnowledgeSearch();
  const kRows = knowledgeRows(knowledge);
  const kWidths = kRows[0]?.map((_, c) => Math.max(...kRows.map((r) => (r[c] ?? "").length))) ?? [];
  for (const r of kRows)
    process.stdout.write(`${r.map((cell, c) => cell.padEnd(kWidths[c] ?? 0)).join("  ")}\n`);
  const out = path.resolve(import.meta.dirname, "results/latest.json");
  writeFileSync(
    out,
    JSON.stringify(
      { at: new Date().toISOString(), machine, ticketCreate, routing, sla, mail, queue, knowledge },
      null,
      2,
    ),
  );
  process.stdout.write(`written ${path.relative(process.cwd(), out)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
