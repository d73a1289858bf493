import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { solomonDir } from "../src/server/modules/dispatch/optimiser/test-instances.js";
import { solveSolomonFile } from "../src/server/ops/dispatch-solve.js";
import { fmt } from "./lib.js";

// `npm run bench:dispatch`: the dispatch optimiser on the vendored Solomon VRPTW instances, one
// after another on one core, exactly as `aftercare dispatch solve --solomon FILE` runs them.
// BENCH_DISPATCH_SECONDS (default 10) per instance; BENCH_DISPATCH_INSTANCES=C101,R101 for a
// subset; BENCH_DISPATCH_SEED (default 1). The budget is process CPU time (BENCH_DISPATCH_CLOCK=wall
// for wall-clock time), so that a machine shared with other work measures the same search.
interface Best {
  best_known_cost: number;
  solved_with_vehicles: number;
}

function main() {
  const seconds = Number(process.env.BENCH_DISPATCH_SECONDS ?? 10);
  const seed = Number(process.env.BENCH_DISPATCH_SEED ?? 1);
  const clock = process.env.BENCH_DISPATCH_CLOCK === "wall" ? "wall" : "cpu";
  const bks = JSON.parse(readFileSync(path.join(solomonDir, "BKS.json"), "utf8")) as Record<string, Best>;
  const wanted = process.env.BENCH_DISPATCH_INSTANCES?.split(",").map((s) => s.trim());
  const names = readdirSync(solomonDir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.replace(/\.txt$/, ""))
    .filter((n) => !wanted || wanted.includes(n))
    .sort();
  process.stdout.write(
    `Dispatch optimiser on Solomon VRPTW — ${seconds} s (${clock === "cpu" ? "CPU" : "wall-clock"} time) per instance, seed ${seed}, ${os.cpus()[0]?.model ?? "cpu"}, node ${process.version}\n`,
  );
  const rows = [
    ["instance", "vehicles", "best-known vehicles", "distance", "best known", "gap %", "seconds"],
  ];
  const gaps: number[] = [];
  // A plan with more vehicles than the best known may drive less: its gap is reported apart too.
  const sameFleetGaps: number[] = [];
  const times: number[] = [];
  let fewer = 0;
  let more = 0;
  for (const name of names) {
    const best = bks[name];
    const r = solveSolomonFile(path.join(solomonDir, `${name}.txt`), { seconds, seed, clock });
    const gap = best ? (r.distance / best.best_known_cost - 1) * 100 : Number.NaN;
    if (best) {
      gaps.push(gap);
      if (r.vehicles < best.solved_with_vehicles) fewer++;
      if (r.vehicles > best.solved_with_vehicles) more++;
      if (r.vehicles === best.solved_with_vehicles) sameFleetGaps.push(gap);
    }
    times.push(r.seconds);
    const row = [
      name,
      String(r.vehicles),
      String(best?.solved_with_vehicles ?? "-"),
      fmt(r.distance, 2),
      best ? fmt(best.best_known_cost, 2) : "-",
      fmt(gap, 2),
      fmt(r.seconds, 1),
    ];
    rows.push(row);
    process.stdout.write(`${row.join("\t")}\n`);
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  rows.push(["mean", "", "", "", "", fmt(mean(gaps), 2), fmt(mean(times), 1)]);
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  process.stdout.write("\n");
  for (const r of rows) process.stdout.write(`${r.map((c, i) => c.padStart(widths[i] ?? 0)).join("  ")}\n`);
  process.stdout.write(
    `\nmean gap to best known ${fmt(mean(gaps), 2)} % over ${gaps.length} instances, every plan feasible (checked independently); ` +
      `${more} with more vehicles than the best known, ${fewer} with fewer; mean gap ${fmt(mean(sameFleetGaps), 2)} % ` +
      `over the ${sameFleetGaps.length} with the best-known number of vehicles\n`,
  );
}

main();
