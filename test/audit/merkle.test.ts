import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  appendLeaves,
  consistencyProof,
  frontierRoot,
  inclusionProof,
  memorySource,
  NODE_LEVEL,
  storedSource,
  type TreeNode,
} from "../../src/server/platform/audit/merkle-tree.js";
import {
  emptyRoot,
  type Hash,
  hashChildren,
  hashLeaf,
  sameHash,
  toHex,
  verifyConsistency,
  verifyInclusion,
} from "../../src/shared/merkle.js";

// RFC 6962 §2.1 written out literally on arrays: the reference the optimised code must match.
function k(n: number) {
  let x = 1;
  while (x * 2 < n) x *= 2;
  return x;
}
function mth(d: Hash[]): Hash {
  if (d.length === 0) return emptyRoot();
  if (d.length === 1) return d[0] as Hash;
  return hashChildren(mth(d.slice(0, k(d.length))), mth(d.slice(k(d.length))));
}
function path(m: number, d: Hash[]): Hash[] {
  if (d.length === 1) return [];
  const s = k(d.length);
  return m < s
    ? [...path(m, d.slice(0, s)), mth(d.slice(s))]
    : [...path(m - s, d.slice(s)), mth(d.slice(0, s))];
}
function subproof(m: number, d: Hash[], b: boolean): Hash[] {
  if (m === d.length) return b ? [] : [mth(d)];
  const s = k(d.length);
  return m <= s
    ? [...subproof(m, d.slice(0, s), b), mth(d.slice(s))]
    : [...subproof(m - s, d.slice(s), false), mth(d.slice(0, s))];
}
const proof = (m: number, d: Hash[]) => (m === 0 || m === d.length ? [] : subproof(m, d, true));

const leavesOf = (n: number, seed: number) =>
  Array.from({ length: n }, (_, i) => hashLeaf(Buffer.from(`entry ${seed}/${i}`)));
const hex = (hs: Hash[]) => hs.map(toHex);

// The database-backed layout: stored subtrees of ≥ 2^NODE_LEVEL leaves plus leaf hashes.
function stored(leaves: Hash[]) {
  let frontier: Hash[] = [];
  let size = 0;
  const nodes = new Map<string, Hash>();
  for (let i = 0; i < leaves.length; i += 7) {
    const r = appendLeaves(frontier, size, leaves.slice(i, i + 7));
    frontier = r.frontier;
    size = r.size;
    for (const n of r.nodes as TreeNode[]) nodes.set(`${n.level}:${n.idx}`, n.hash);
  }
  let reads = 0;
  const src = storedSource({
    node: async (level, idx) => {
      reads++;
      return nodes.get(`${level}:${idx}`);
    },
    leaves: async (start, end) => {
      reads += end - start;
      return leaves.slice(start, end);
    },
  });
  return { src, frontier, nodes, reads: () => reads };
}

describe("RFC 6962 Merkle tree", () => {
  it("appends leaves in any batches to the same root as the reference, and stores every big perfect subtree", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer(), (n, seed) => {
        const leaves = leavesOf(n, seed);
        const t = stored(leaves);
        expect(toHex(frontierRoot(t.frontier))).toBe(toHex(mth(leaves)));
        const expectedNodes = Array.from({ length: 12 }, (_, l) => l)
          .filter((l) => l >= NODE_LEVEL)
          .reduce((sum, l) => sum + Math.floor(n / 2 ** l), 0);
        expect(t.nodes.size).toBe(expectedNodes);
      }),
      { numRuns: 60 },
    );
  });

  it("proves every leaf's inclusion exactly as the reference does, from memory and from stored subtrees", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 140 }), fc.integer(), async (n, seed) => {
        const leaves = leavesOf(n, seed);
        const root = mth(leaves);
        const mem = memorySource(leaves);
        const { src } = stored(leaves);
        for (let i = 0; i < n; i++) {
          const expected = hex(path(i, leaves));
          expect(hex(await inclusionProof(mem, i, n))).toEqual(expected);
          const p = await inclusionProof(src, i, n);
          expect(hex(p)).toEqual(expected);
          expect(verifyInclusion(i, n, leaves[i] as Hash, p, root)).toBe(true);
          // the same proof names no other leaf, position or tree
          expect(verifyInclusion(i, n, hashLeaf(Buffer.from("forged")), p, root)).toBe(false);
          if (n > 1) expect(verifyInclusion((i + 1) % n, n, leaves[i] as Hash, p, root)).toBe(false);
        }
      }),
      { numRuns: 25 },
    );
  });

  it("proves every prefix consistent exactly as the reference does, and refuses changed histories", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 90 }), fc.integer(), async (n, seed) => {
        const leaves = leavesOf(n, seed);
        const root = mth(leaves);
        const { src } = stored(leaves);
        for (let m = 0; m <= n; m++) {
          const old = mth(leaves.slice(0, m));
          const expected = hex(proof(m, leaves));
          const p = await consistencyProof(src, m, n);
          expect(hex(p)).toEqual(expected);
          expect(verifyConsistency(m, n, old, root, p)).toBe(true);
          if (m > 0 && m < n) {
            // a rewritten old tree (one leaf changed) is not a prefix of the new one
            const changed = [...leaves.slice(0, m)];
            changed[Math.abs(seed) % m] = hashLeaf(Buffer.from("rewritten"));
            expect(verifyConsistency(m, n, mth(changed), root, p)).toBe(false);
            expect(verifyConsistency(m + 1, n, old, root, p)).toBe(false);
          }
        }
      }),
      { numRuns: 25 },
    );
  });

  it("reads O(log n) stored rows, not every leaf, for a proof in a large tree", async () => {
    const n = 100_000;
    const leaves = leavesOf(n, 1);
    const t = stored(leaves);
    const p = await inclusionProof(t.src, 54_321, n);
    expect(verifyInclusion(54_321, n, leaves[54_321] as Hash, p, frontierRoot(t.frontier))).toBe(true);
    expect(t.reads()).toBeLessThan(200);
    expect(sameHash(await t.src.range(0, n), frontierRoot(t.frontier))).toBe(true);
  });
});
