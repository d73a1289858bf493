import { describe, expect, it } from "vitest";
import type { Db } from "./client.js";
import { GroupCommit } from "./group-commit.js";

// A stand-in database whose transactions record the groups written and can be made to fail.
function fakeDb(failWhen: (items: number[]) => boolean) {
  const committed: number[][] = [];
  const db = {
    async transaction<T>(run: (tx: Db) => Promise<T>): Promise<T> {
      const out = await run(db as unknown as Db);
      await new Promise((r) => setTimeout(r, 5));
      return out;
    },
  };
  const work = async (_tx: Db, items: number[]) => {
    await new Promise((r) => setTimeout(r, 5));
    if (failWhen(items)) throw new Error(`bad group ${items.join(",")}`);
    committed.push(items);
    return items.map((n) => n * 10);
  };
  return { db: db as unknown as Db, work, committed };
}

describe("group commit", () => {
  it("writes a lone item at once and gathers those that arrive meanwhile into the next group", async () => {
    const { db, work, committed } = fakeDb(() => false);
    const g = new GroupCommit(db, work, { lanes: 1, maxGroup: 64 });
    const first = g.submit(1);
    const rest = [2, 3, 4, 5].map((n) => g.submit(n));
    expect(await Promise.all([first, ...rest])).toEqual([10, 20, 30, 40, 50]);
    expect(committed).toEqual([[1], [2, 3, 4, 5]]);
  });

  it("fails only the bad item of a group: the others are written again on their own", async () => {
    const { db, work, committed } = fakeDb((items) => items.includes(3));
    const g = new GroupCommit(db, work, { lanes: 1, maxGroup: 64 });
    const all = [1, 2, 3, 4].map((n) =>
      g.submit(n).then(
        (v) => ({ v }),
        (e: Error) => ({ e: e.message }),
      ),
    );
    expect(await Promise.all(all)).toEqual([{ v: 10 }, { v: 20 }, { e: "bad group 3" }, { v: 40 }]);
    expect(committed).toEqual([[1], [2], [4]]);
  });

  it("keeps groups within maxGroup and uses every lane", async () => {
    const { db, work, committed } = fakeDb(() => false);
    const g = new GroupCommit(db, work, { lanes: 2, maxGroup: 3 });
    await Promise.all(Array.from({ length: 10 }, (_, i) => g.submit(i)));
    expect(committed.flat().sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(Math.max(...committed.map((c) => c.length))).toBeLessThanOrEqual(3);
    // Two lanes: the first two items each start a group of their own at once.
    expect(committed.slice(0, 2).map((c) => c.length)).toEqual([1, 1]);
  });

  it("answers a committed group from its finish step and never writes it again when that step fails", async () => {
    const { db, work, committed } = fakeDb(() => false);
    let fail = true;
    const finish = async (written: number[]) => {
      if (fail) {
        fail = false;
        throw new Error("read-back failed");
      }
      return written.map((n) => n + 1);
    };
    const g = new GroupCommit(db, work, { lanes: 1, maxGroup: 64, finish });
    await expect(g.submit(1)).rejects.toThrow("read-back failed");
    expect(await g.submit(2)).toBe(21);
    expect(committed).toEqual([[1], [2]]);
  });
});
