import type { MiddlewareHandler } from "hono";
import type { Clock } from "../clock.js";
import { AppError } from "../errors.js";
import type { AppEnv } from "./actor.js";
import { clientAddress } from "./client-address.js";

export type RateLimit = { limit: number; windowMs: number };

// Most keys we remember at once; beyond that the oldest windows are dropped first, so a flood of
// forged addresses cannot grow memory without bound.
const MAX_KEYS = 50_000;

// A fixed-window counter for public routes that write nothing worth counting in the database
// (searches, assistant questions): per signed-in user, else per client address as
// `clientAddress` reads it (trusted proxy hops only, so rotating X-Forwarded-For does not help).
// Counted per instance: with N instances an address gets at most N times the limit.
export function rateLimit(
  opts: RateLimit,
  s: { clock: Clock; config: { trustProxyHops: number } },
): MiddlewareHandler<AppEnv> {
  const windows = new Map<string, { start: number; n: number }>();
  return async (c, next) => {
    const actor = c.get("actor");
    const key = actor ? `user:${actor.userId}` : `ip:${clientAddress(c, s.config.trustProxyHops)}`;
    const now = s.clock.now().getTime();
    let w = windows.get(key);
    if (!w || now - w.start >= opts.windowMs) {
      windows.delete(key);
      if (windows.size >= MAX_KEYS) {
        const oldest = windows.keys().next().value;
        if (oldest !== undefined) windows.delete(oldest);
      }
      w = { start: now, n: 0 };
      windows.set(key, w);
    }
    w.n += 1;
    if (w.n > opts.limit) {
      c.header("retry-after", String(Math.max(1, Math.ceil((w.start + opts.windowMs - now) / 1000))));
      throw new AppError("request.rate_limited");
    }
    await next();
  };
}
