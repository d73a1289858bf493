import { hash } from "node:crypto";

// RFC 6962 / RFC 9162 Merkle tree hashing and proof verification. Pure: no I/O, so a customer can
// check a receipt with nothing but this file, src/shared/audit-receipt.ts and a public key.

export type Hash = Uint8Array;

// One-shot hashing: several times faster than a createHash object for inputs this small.
export function sha256(...parts: Uint8Array[]): Hash {
  return new Uint8Array(
    hash("sha256", parts.length === 1 ? (parts[0] as Uint8Array) : Buffer.concat(parts), "buffer"),
  );
}

const LEAF = new Uint8Array([0x00]);
const NODE = new Uint8Array([0x01]);

export const hashLeaf = (entry: Uint8Array): Hash => sha256(LEAF, entry);
export const hashChildren = (left: Hash, right: Hash): Hash => sha256(NODE, left, right);
export const emptyRoot = (): Hash => sha256();

export function toHex(h: Uint8Array): string {
  return Buffer.from(h).toString("hex");
}
export function fromHex(s: string): Hash {
  if (!/^([0-9a-f]{2})*$/.test(s)) throw new Error("not a hex string");
  return new Uint8Array(Buffer.from(s, "hex"));
}
export function sameHash(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

// The largest power of two strictly below n (n > 1): where RFC 6962 splits a tree of n leaves.
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

// Sizes reach past 2^31, so no bit operators: halving and parity by arithmetic.
const half = (x: number) => Math.floor(x / 2);
const odd = (x: number) => x % 2 === 1;
export function isPowerOfTwo(n: number): boolean {
  if (n < 1) return false;
  let x = n;
  while (x % 2 === 0) x /= 2;
  return x === 1;
}

// RFC 9162 §2.1.3.2: does `proof` show leaf `leafHash` at `index` in the tree of `size` with `root`?
export function verifyInclusion(
  index: number,
  size: number,
  leafHash: Hash,
  proof: Hash[],
  root: Hash,
): boolean {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leafHash;
  for (const p of proof) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      r = hashChildren(p, r);
      if (!odd(fn)) {
        while (!odd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      r = hashChildren(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && sameHash(r, root);
}

// RFC 9162 §2.1.4.2: is the tree (size1, root1) a prefix of the tree (size2, root2)?
export function verifyConsistency(
  size1: number,
  size2: number,
  root1: Hash,
  root2: Hash,
  proof: Hash[],
): boolean {
  if (!Number.isSafeInteger(size1) || !Number.isSafeInteger(size2) || size1 < 0 || size2 < size1)
    return false;
  if (size1 === size2) return proof.length === 0 && sameHash(root1, root2);
  if (size1 === 0) return proof.length === 0;
  const path = [...proof];
  if (isPowerOfTwo(size1)) path.unshift(root1);
  if (path.length === 0) return false;
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (odd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr = path[0] as Hash;
  let sr = path[0] as Hash;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      fr = hashChildren(c, fr);
      sr = hashChildren(c, sr);
      if (!odd(fn)) {
        while (!odd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      sr = hashChildren(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && sameHash(fr, root1) && sameHash(sr, root2);
}
