import type { Db } from "./client.js";

type Pending<I, O> = { item: I; resolve: (out: O) => void; reject: (err: unknown) => void };

// Writes the items of one group in the caller's transaction; returns one result per item, in order.
type GroupWork<I, W> = (tx: Db, items: I[]) => Promise<W[]>;
// After the commit, turns the group's results into its callers' answers (one read for the group).
type GroupFinish<W, O> = (written: W[]) => Promise<O[]>;

// Group commit: items that arrive while every lane is writing a group wait and are written together
// by the next free lane, in one transaction; each caller's promise settles only after that commit
// (and the work it registered to run after commit). An item arriving when a lane is free is written
// at once, so an idle server adds no latency, and the gathering lasts at most one flush (and
// `maxGroup` items). Several lanes keep one group's after-commit work (routing) from holding up the
// next group. When a group fails, each of its items is written again on its own, so one bad item
// fails only its own caller.
export class GroupCommit<I, W, O = W> {
  private readonly waiting: Pending<I, O>[] = [];
  private busy = 0;

  constructor(
    private readonly db: Db,
    private readonly work: GroupWork<I, W>,
    private readonly opts: { lanes: number; maxGroup: number; finish?: GroupFinish<W, O> },
  ) {}

  submit(item: I): Promise<O> {
    const promise = new Promise<O>((resolve, reject) => this.waiting.push({ item, resolve, reject }));
    if (this.busy < this.opts.lanes) void this.serve();
    return promise;
  }

  private async serve(): Promise<void> {
    this.busy++;
    try {
      while (this.waiting.length > 0) await this.flush(this.waiting.splice(0, this.opts.maxGroup));
    } finally {
      this.busy--;
    }
  }

  private async flush(group: Pending<I, O>[]): Promise<void> {
    let written: W[];
    try {
      written = await this.db.transaction((tx) =>
        this.work(
          tx,
          group.map((p) => p.item),
        ),
      );
    } catch (err) {
      const [only] = group;
      if (group.length === 1 && only) return only.reject(err);
      // Nothing of the group was committed: each item again alone, so the error stays its own.
      for (const p of group) await this.flush([p]);
      return;
    }
    // Committed: from here on a failure is reported, never written again.
    try {
      const out = this.opts.finish ? await this.opts.finish(written) : (written as unknown as O[]);
      for (const [i, p] of group.entries()) p.resolve(out[i] as O);
    } catch (err) {
      for (const p of group) p.reject(err);
    }
  }
}
