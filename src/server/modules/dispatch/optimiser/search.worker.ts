import { parentPort, workerData } from "node:worker_threads";
import type { Problem } from "./problem.js";
import { type SearchOptions, search } from "./search.js";

// Worker entry point for solveInWorker: one search, one message back.
const { problem, options } = workerData as { problem: Problem; options: SearchOptions };
parentPort?.postMessage(search(problem, options));
