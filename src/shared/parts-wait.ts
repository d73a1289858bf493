// Days a customer waited for parts: the union of the back-order intervals (two parts awaited at the
// same time count once), each from the ask to the fill, rounded to whole days; any wait at all counts
// at least one day, none is 0.
export type WaitInterval = { from: Date; to: Date };

const DAY_MS = 86_400_000;

export function waitedMs(intervals: readonly WaitInterval[]): number {
  const sorted = intervals
    .filter((i) => i.to.getTime() > i.from.getTime())
    .sort((a, b) => a.from.getTime() - b.from.getTime());
  let total = 0;
  let start = -1;
  let end = -1;
  for (const i of sorted) {
    const f = i.from.getTime();
    const t = i.to.getTime();
    if (f > end) {
      total += end - start;
      start = f;
      end = t;
    } else if (t > end) end = t;
  }
  return total + (end - start);
}

export function waitedDays(intervals: readonly WaitInterval[]): number {
  const ms = waitedMs(intervals);
  return ms <= 0 ? 0 : Math.max(1, Math.round(ms / DAY_MS));
}
