// Does a production batch fail above its peers? Each batch's failures are compared with what the
// other batches of the same model show at the same months in service (so an old batch is not
// blamed for being old): expected = Σ over months in service of the batch's unit-months × the
// peers' failures per unit-month at that age. Under "no worse than its peers" the batch's failures
// are Poisson(expected); the one-sided p value is P(X ≥ observed). Many batches are tested at once,
// so the p values are adjusted with Benjamini–Hochberg and a batch is flagged when its q value is
// within the false-discovery rate and it has enough failures to mean something.

/** One batch's history: unit-months in service and failures, indexed by months in service. */
export type BatchHistory = { batch: string; units: number; exposure: number[]; failures: number[] };

export type BatchTestOptions = { fdr: number; minFailures: number; minUnits: number };
export const DEFAULT_BATCH_TEST: BatchTestOptions = { fdr: 0.05, minFailures: 3, minUnits: 10 };

export type BatchVerdict = {
  batch: string;
  units: number;
  failures: number;
  exposure: number;
  expected: number;
  /** failures per 100 unit-months, with its 95 % interval (Byar's approximation) */
  rate: number;
  lo: number;
  hi: number;
  p: number;
  q: number;
  flagged: boolean;
};

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** P(X ≥ k) for X ~ Poisson(lambda), summed in log space so a large lambda does not underflow. */
export function poissonUpperTail(k: number, lambda: number): number {
  if (k <= 0) return 1;
  if (lambda <= 0) return 0;
  let log = -lambda;
  let below = Math.exp(log);
  for (let i = 1; i < k; i++) {
    log += Math.log(lambda) - Math.log(i);
    below += Math.exp(log);
  }
  return Math.min(1, Math.max(0, 1 - below));
}

/** Benjamini–Hochberg q values, in the order of `p`. */
export function benjaminiHochberg(p: readonly number[]): number[] {
  const order = p.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const q = new Array<number>(p.length);
  let min = 1;
  for (let r = order.length - 1; r >= 0; r--) {
    const o = order[r] as { v: number; i: number };
    min = Math.min(min, (o.v * order.length) / (r + 1));
    q[o.i] = min;
  }
  return q;
}

/** Byar's approximation of the 95 % interval of a Poisson count. */
function poissonInterval(x: number): [number, number] {
  const z = 1.96;
  const lo = x === 0 ? 0 : x * (1 - 1 / (9 * x) - z / (3 * Math.sqrt(x))) ** 3;
  const y = x + 1;
  const hi = y * (1 - 1 / (9 * y) + z / (3 * Math.sqrt(y))) ** 3;
  return [Math.max(0, lo), hi];
}

export function judgeBatches(
  batches: readonly BatchHistory[],
  options: BatchTestOptions = DEFAULT_BATCH_TEST,
): BatchVerdict[] {
  const months = Math.max(0, ...batches.map((b) => Math.max(b.exposure.length, b.failures.length)));
  const allE = Array.from({ length: months }, (_, m) => sum(batches.map((b) => b.exposure[m] ?? 0)));
  const allF = Array.from({ length: months }, (_, m) => sum(batches.map((b) => b.failures[m] ?? 0)));
  const tested = batches.map((b) => {
    let expected = 0;
    for (let m = 0; m < months; m++) {
      const e = b.exposure[m] ?? 0;
      if (e === 0) continue;
      const peerE = (allE[m] ?? 0) - e;
      const peerF = (allF[m] ?? 0) - (b.failures[m] ?? 0);
      // No peer of that age: the pooled rate at that age (the batch itself included) stands in.
      expected += e * (peerE > 0 ? peerF / peerE : (allF[m] ?? 0) / (allE[m] || 1));
    }
    const failures = sum(b.failures);
    const exposure = sum(b.exposure);
    // Peers that say something: at least two other batches, and failures among them (peers with
    // none predict zero, and any failure would look impossible).
    const peers = batches.filter((x) => x !== b && sum(x.exposure) > 0).length;
    const peerFailures = sum(allF) - failures;
    const judged =
      b.units >= options.minUnits &&
      failures >= options.minFailures &&
      peers >= 2 &&
      peerFailures >= options.minFailures;
    const [lo, hi] = poissonInterval(failures);
    const per100 = (x: number) => (exposure > 0 ? (100 * x) / exposure : 0);
    return {
      batch: b.batch,
      units: b.units,
      failures,
      exposure,
      expected,
      rate: per100(failures),
      lo: per100(lo),
      hi: per100(hi),
      p: judged ? poissonUpperTail(failures, expected) : 1,
      q: 1,
      flagged: false,
    };
  });
  const q = benjaminiHochberg(tested.map((t) => t.p));
  return tested.map((t, i) => {
    const qi = q[i] ?? 1;
    return { ...t, q: qi, flagged: t.p < 1 && qi <= options.fdr && t.failures > t.expected };
  });
}
