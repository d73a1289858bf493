// One seam for "now" so that timers and tests can move time deliberately.
export type Clock = { now(): Date };
export const systemClock: Clock = { now: () => new Date() };
