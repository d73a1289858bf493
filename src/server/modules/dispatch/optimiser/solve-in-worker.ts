import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import type { Problem } from "./problem.js";
import { type SearchOptions, type SearchResult, search } from "./search.js";

interface Job {
  dispatchSearch: { problem: Problem; options: SearchOptions };
}

/**
 * Runs the search in a worker thread so a 10-second optimisation never blocks the server's event
 * loop. This file is also the worker's entry point. Running from TypeScript source (tsx, vitest),
 * the worker registers tsx's loader first: the main thread's loader hooks do not reach worker
 * threads on Node 20.
 */
export function solveInWorker(problem: Problem, options: SearchOptions = {}): Promise<SearchResult> {
  const job: Job = { dispatchSearch: { problem, options } };
  const self = import.meta.url;
  // require.resolve finds tsx's CommonJS build; its ES module build sits next to it.
  const tsxApi = () =>
    pathToFileURL(
      createRequire(self)
        .resolve("tsx/esm/api")
        .replace(/\.cjs$/, ".mjs"),
    ).href;
  const worker = self.endsWith(".ts")
    ? new Worker(
        `import(${JSON.stringify(tsxApi())})` +
          `.then((tsx) => { tsx.register(); return import(${JSON.stringify(self)}); })`,
        { eval: true, workerData: job },
      )
    : new Worker(new URL(self), { workerData: job });
  return new Promise((resolve, reject) => {
    worker.once("message", (result: SearchResult) => resolve(result));
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`dispatch optimiser worker stopped with exit code ${code}`));
    });
  });
}

const job = workerData as Partial<Job> | null;
if (!isMainThread && job?.dispatchSearch) {
  const { problem, options } = job.dispatchSearch;
  parentPort?.postMessage(search(problem, options));
}
