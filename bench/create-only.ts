import { fmt } from "./lib.js";
import { benchTicketCreate } from "./ticket-create.bench.js";

// `npm run bench:create`: only ticket creation against the raw insert rate of the same database.
const r = await benchTicketCreate({
  count: Number(process.env.BENCH_TICKETS ?? 2000),
  concurrency: Number(process.env.BENCH_CONCURRENCY ?? 8),
});
for (const [name, s] of [
  ["raw single-row INSERT", r.raw],
  ["ticket creation via HTTP API", r.http],
] as const) {
  process.stdout.write(
    `${name.padEnd(30)} ${r.database}  ${fmt(s.perSecond, 0)}/s  p50 ${fmt(s.p50, 2)}  p95 ${fmt(s.p95, 2)}  p99 ${fmt(s.p99, 2)}\n`,
  );
}
const statements =
  r.statementsPerCreation === null ? "" : `; ${fmt(r.statementsPerCreation, 1)} statements per creation`;
const concurrent =
  r.concurrentStatementsPerCreation === null
    ? ""
    : `; ${fmt(r.concurrentStatementsPerCreation, 1)} statements per creation under load`;
process.stdout.write(
  `ratio ${fmt(r.ratio * 100, 1)} %${statements}${concurrent}; app CPU ${fmt(r.cpuMsPerCreation, 2)} ms per creation; RSS ${fmt(r.rssMiB, 0)} MiB\n${r.workload}\n`,
);
