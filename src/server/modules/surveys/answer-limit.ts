import type { MiddlewareHandler } from "hono";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { rateLimit } from "../../platform/http/rate-limit.js";

// Links are random, but each guess or spam answer costs one request: answers from one address are
// bounded (sixty an hour, counted together for the JSON route and the answer page's form), like the
// public request form's submissions.
const ANSWERS = { limit: 60, windowMs: 3_600_000 };

const limiters = new WeakMap<Services, MiddlewareHandler<AppEnv>>();

export function answerLimit(s: Services): MiddlewareHandler<AppEnv> {
  let limiter = limiters.get(s);
  if (!limiter) {
    limiter = rateLimit(ANSWERS, s);
    limiters.set(s, limiter);
  }
  return limiter;
}
