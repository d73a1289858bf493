import { emptyRoot, type Hash, hashChildren, isPowerOfTwo, splitPoint } from "../../../shared/merkle.js";

// Perfect subtrees of at least 2^NODE_LEVEL leaves are stored; smaller ones are rebuilt from at
// most 2^NODE_LEVEL leaves when a proof needs them.
export const NODE_LEVEL = 4;

export type TreeNode = { level: number; idx: number; hash: Hash };

// Appends leaves to a compact range (the roots of the perfect subtrees of a tree of `size`
// leaves, largest first) and returns the new range and every stored-level node completed.
export function appendLeaves(frontier: Hash[], size: number, leaves: Hash[]) {
  const stack = [...frontier];
  const nodes: TreeNode[] = [];
  let n = size;
  for (const leaf of leaves) {
    let h = leaf;
    let level = 0;
    let idx = n;
    while (Math.floor(n / 2 ** level) % 2 === 1) {
      h = hashChildren(stack.pop() as Hash, h);
      level++;
      idx = Math.floor(idx / 2);
      if (level >= NODE_LEVEL) nodes.push({ level, idx, hash: h });
    }
    stack.push(h);
    n++;
  }
  return { frontier: stack, size: n, nodes };
}

export function frontierRoot(frontier: Hash[]): Hash {
  if (frontier.length === 0) return emptyRoot();
  let r = frontier[frontier.length - 1] as Hash;
  for (let i = frontier.length - 2; i >= 0; i--) r = hashChildren(frontier[i] as Hash, r);
  return r;
}

// Hashes of leaf ranges, however they are stored.
export interface TreeSource {
  // RFC 6962 MTH of leaves [start, end), end > start
  range(start: number, end: number): Promise<Hash>;
}

// RFC 6962 §2.1.1 PATH(m, D[start:end]).
export async function inclusionProof(src: TreeSource, index: number, size: number): Promise<Hash[]> {
  if (index < 0 || index >= size) throw new RangeError(`leaf ${index} is not in a tree of ${size}`);
  const path: Hash[] = [];
  let start = 0;
  let end = size;
  let m = index;
  const siblings: Promise<Hash>[] = [];
  while (end - start > 1) {
    const k = splitPoint(end - start);
    if (m < k) {
      siblings.push(src.range(start + k, end));
      end = start + k;
    } else {
      siblings.push(src.range(start, start + k));
      start += k;
      m -= k;
    }
  }
  // collected root-down; the proof lists them leaf-up
  for (const s of (await Promise.all(siblings)).reverse()) path.push(s);
  return path;
}

// RFC 6962 §2.1.2 PROOF(m, D[n]) = SUBPROOF(m, D[n], true).
export async function consistencyProof(src: TreeSource, m: number, n: number): Promise<Hash[]> {
  if (m < 0 || m > n) throw new RangeError(`no consistency proof from ${m} to ${n}`);
  if (m === 0 || m === n) return [];
  const parts: Promise<Hash>[] = [];
  let start = 0;
  let end = n;
  let mm = m;
  let complete = true;
  for (;;) {
    const size = end - start;
    if (mm === size) {
      if (!complete) parts.push(src.range(start, end));
      break;
    }
    const k = splitPoint(size);
    if (mm <= k) {
      parts.push(src.range(start + k, end));
      end = start + k;
    } else {
      parts.push(src.range(start, start + k));
      start += k;
      mm -= k;
      complete = false;
    }
  }
  return (await Promise.all(parts)).reverse();
}

// A tree held in memory (verification recomputes every leaf anyway; also the tests' reference).
export function memorySource(leaves: Hash[]): TreeSource {
  const memo = new Map<string, Hash>();
  const range = (start: number, end: number): Hash => {
    if (end - start === 1) return leaves[start] as Hash;
    const key = `${start}:${end}`;
    const hit = memo.get(key);
    if (hit) return hit;
    const k = splitPoint(end - start);
    const h = hashChildren(range(start, start + k), range(start + k, end));
    if (isPowerOfTwo(end - start)) memo.set(key, h);
    return h;
  };
  return { range: async (start, end) => range(start, end) };
}

// A tree read through two lookups: stored perfect subtrees and leaf hashes by position.
export function storedSource(read: {
  node(level: number, idx: number): Promise<Hash | undefined>;
  leaves(start: number, end: number): Promise<Hash[]>;
}): TreeSource {
  const memo = new Map<string, Promise<Hash>>();
  const compute = async (start: number, end: number): Promise<Hash> => {
    const size = end - start;
    if (isPowerOfTwo(size) && start % size === 0) {
      const level = Math.log2(size);
      if (level >= NODE_LEVEL) {
        const stored = await read.node(level, start / size);
        if (stored) return stored;
      } else {
        const leaves = await read.leaves(start, end);
        if (leaves.length !== size) throw new Error(`leaves ${start}..${end - 1} are missing`);
        return (await memorySource(leaves).range(0, leaves.length)) as Hash;
      }
    }
    const k = splitPoint(size);
    const [l, r] = await Promise.all([range(start, start + k), range(start + k, end)]);
    return hashChildren(l, r);
  };
  const range = (start: number, end: number): Promise<Hash> => {
    const key = `${start}:${end}`;
    let p = memo.get(key);
    if (!p) {
      p = compute(start, end);
      memo.set(key, p);
    }
    return p;
  };
  return { range };
}
