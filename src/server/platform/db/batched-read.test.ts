import { describe, expect, it } from "vitest";
import { BatchedRead } from "./batched-read.js";

// A stand-in query that records the keys of each call and can be made to fail.
function fakeRead(failWhen: (keys: string[]) => boolean = () => false) {
  const calls: string[][] = [];
  const read = async (keys: string[]) => {
    calls.push(keys);
    await new Promise((r) => setTimeout(r, 5));
    if (failWhen(keys)) throw new Error(`bad read ${keys.join(",")}`);
    return new Map(keys.filter((k) => k !== "missing").map((k) => [k, k.toUpperCase()]));
  };
  return { read, calls };
}

describe("batched read", () => {
  it("reads a lone key at once and the keys that arrive meanwhile together in the next query", async () => {
    const { read, calls } = fakeRead();
    const r = new BatchedRead(read);
    const first = r.get("a");
    const rest = ["b", "missing", "b", "c"].map((k) => r.get(k));
    expect(await Promise.all([first, ...rest])).toEqual(["A", "B", undefined, "B", "C"]);
    expect(calls).toEqual([["a"], ["b", "missing", "c"]]);
  });

  it("fails only the callers of a failed query, and reads on afterwards", async () => {
    const { read, calls } = fakeRead((keys) => keys.includes("x"));
    const r = new BatchedRead(read, 2);
    const first = r.get("a");
    const [x, y, z] = [r.get("x"), r.get("y"), r.get("z")];
    await expect(first).resolves.toBe("A");
    await expect(x).rejects.toThrow("bad read x,y");
    await expect(y).rejects.toThrow("bad read x,y");
    await expect(z).resolves.toBe("Z");
    expect(calls).toEqual([["a"], ["x", "y"], ["z"]]);
  });
});
