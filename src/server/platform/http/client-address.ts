import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import type { AppEnv } from "./actor.js";

function peerAddress(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}

// The address sign-in throttling and the public form limits count. Every proxy appends the
// address it got the request from to X-Forwarded-For, and the client can write anything before
// that: so with `hops` trusted proxies the client is the entry `hops` places from the right (the
// one our nearest proxy's chain saw), never the leftmost. With no trusted proxy the header is
// ignored and the socket's peer counts.
export function clientAddress(c: Context<AppEnv>, hops: number): string {
  if (hops <= 0) return peerAddress(c);
  const chain = (c.req.raw.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean);
  if (chain.length === 0) return peerAddress(c);
  // Fewer entries than proxies: the request skipped one; the leftmost is the best we know.
  const address = chain[Math.max(0, chain.length - hops)] ?? "unknown";
  return address.slice(0, 64);
}
