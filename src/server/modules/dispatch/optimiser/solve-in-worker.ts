import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Problem } from "./problem.js";
import type { SearchOptions, SearchResult } from "./search.js";

/**
 * Runs the search in a worker thread so a 10-second optimisation never blocks the server's event
 * loop. Running from TypeScript source (tsx, vitest), the worker registers tsx's loader first:
 * loader hooks of the main thread do not reach worker threads on Node 20.
 */
export function solveInWorker(problem: Problem, options: SearchOptions = {}): Promise<SearchResult> {
  const fromSource = import.meta.url.endsWith(".ts");
  const entry = new URL(`./search.worker.${fromSource ? "ts" : "js"}`, import.meta.url);
  // require.resolve finds tsx's CommonJS build; its ES module build sits next to it.
  const tsxApi = () =>
    pathToFileURL(
      createRequire(import.meta.url)
        .resolve("tsx/esm/api")
        .replace(/\.cjs$/, ".mjs"),
    ).href;
  const worker = fromSource
    ? new Worker(
        `import(${JSON.stringify(tsxApi())})` +
          `.then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })`,
        { eval: true, workerData: { problem, options } },
      )
    : new Worker(entry, { workerData: { problem, options } });
  return new Promise((resolve, reject) => {
    worker.once("message", (result: SearchResult) => resolve(result));
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`dispatch optimiser worker stopped with exit code ${code}`));
    });
  });
}
