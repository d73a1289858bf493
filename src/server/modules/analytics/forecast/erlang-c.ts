// Erlang C (M/M/N queue): the chance a contact waits and the service level (share answered within
// `targetSeconds`) for N agents, and the fewest agents that meet a service-level target. Computed
// through the Erlang B recursion B(n) = A·B(n−1) / (n + A·B(n−1)), which never forms A^N/N!, so
// large queues do not overflow.

export type Queue = {
  /** contacts per hour */
  arrivalsPerHour: number;
  /** average handling time in seconds (talk + wrap-up) */
  handlingSeconds: number;
};

const trafficErlangs = (q: Queue): number => (q.arrivalsPerHour * q.handlingSeconds) / 3600;

export function probabilityOfWaiting(agents: number, erlangs: number): number {
  if (erlangs <= 0) return 0;
  if (agents <= erlangs) return 1;
  let b = 1;
  for (let n = 1; n <= agents; n++) b = (erlangs * b) / (n + erlangs * b);
  return b / (1 - (erlangs / agents) * (1 - b));
}

export function serviceLevel(agents: number, q: Queue, targetSeconds: number): number {
  const a = trafficErlangs(q);
  if (a <= 0) return 1;
  if (agents <= a) return 0;
  return 1 - probabilityOfWaiting(agents, a) * Math.exp((-(agents - a) * targetSeconds) / q.handlingSeconds);
}

/** The fewest agents answering `level` (e.g. 0.8) of contacts within `targetSeconds` (e.g. 20). */
export function agentsForServiceLevel(q: Queue, level: number, targetSeconds: number): number {
  const a = trafficErlangs(q);
  if (a <= 0) return 0;
  let n = Math.max(1, Math.floor(a) + 1);
  while (serviceLevel(n, q, targetSeconds) < level) n++;
  return n;
}
