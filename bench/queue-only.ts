import { fmt } from "./lib.js";
import { benchQueue } from "./queue.bench.js";

// `npm run bench:queue`: only the read benchmarks, e.g. at 1,000,000 tickets on PostgreSQL.
const r = await benchQueue({
  small: 10_000,
  large: Number(process.env.BENCH_QUEUE_TICKETS ?? 1_000_000),
  iterations: Number(process.env.BENCH_QUEUE_ITERATIONS ?? 100),
});
for (const row of r.rows) {
  process.stdout.write(
    `${`${row.name} @ ${row.tickets.toLocaleString("en-US")}`.padEnd(55)} ${r.database}  p50 ${fmt(row.stats.p50, 2)}  p95 ${fmt(row.stats.p95, 2)}  p99 ${fmt(row.stats.p99, 2)}\n`,
  );
}
process.stdout.write(`RSS ${r.rssMiB} MiB; ${r.workload}\n`);
