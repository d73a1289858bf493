import { randomBytes } from "node:crypto";

// Crockford base32: sortable as plain strings, no ambiguous letters.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
let lastTime = 0;
let lastRandom: Uint8Array = new Uint8Array(10);

function encode(bytes: Uint8Array, chars: number): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out.slice(0, chars);
}

function increment(bytes: Uint8Array): Uint8Array {
  const next = new Uint8Array(bytes);
  for (let i = next.length - 1; i >= 0; i--) {
    const v = (next[i] ?? 0) + 1;
    next[i] = v & 0xff;
    if (v <= 0xff) break;
  }
  return next;
}

// ULID-style id: 48-bit ms time + 80 random bits, strictly increasing within one process.
export function newId(prefix: string, now = Date.now()): string {
  if (now <= lastTime) {
    lastRandom = increment(lastRandom);
  } else {
    lastTime = now;
    lastRandom = new Uint8Array(randomBytes(10));
  }
  const time = new Uint8Array(6);
  let t = lastTime;
  for (let i = 5; i >= 0; i--) {
    time[i] = t % 256;
    t = Math.floor(t / 256);
  }
  return `${prefix}_${encode(time, 10)}${encode(lastRandom, 16)}`;
}
