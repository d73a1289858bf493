import type { MiddlewareHandler } from "hono";
import { negotiateLocale } from "../../../shared/i18n/locale.js";
import type { Services } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { findActiveCredential, LAST_USED_EVERY_MS, touchCredential } from "./auth.repository.js";
import { tokenDigest } from "./tokens.js";

// Resolves the bearer token (session or API key) into the actor; routes decide what it may do.
export function authenticate(s: Services): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header("authorization");
    const token = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (token) {
      const found = await findActiveCredential(s.db, tokenDigest(token), s.clock.now());
      // A read-only API key is refused on anything that would change data.
      if (found && found.scope === "read" && !["GET", "HEAD", "OPTIONS"].includes(c.req.method)) {
        throw new AppError("auth.read_only_key");
      }
      if (found) {
        const u = found.user;
        // Admins see when a key was last used (to spot dead or leaked keys); written at most once a minute.
        const now = s.clock.now();
        if (
          found.kind === "api_key" &&
          (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() >= LAST_USED_EVERY_MS)
        )
          await touchCredential(s.db, found.credentialId, now);
        // Customers see only their customer's data and dealers their outlet's: without one, the
        // account has nothing to see (stored before role changes were checked).
        if ((u.role === "customer" && !u.customerId) || (u.role === "dealer" && !u.outletId))
          throw new AppError("auth.account_incomplete");
        c.set("actor", {
          userId: u.id,
          tenantId: u.tenantId,
          role: u.role,
          name: u.name,
          customerId: u.customerId,
          outletId: u.outletId,
          nodePath: u.nodePath,
          locale: u.locale ?? null,
          credentialId: found.credentialId,
        });
        if (!c.req.header("accept-language") && u.locale) c.set("locale", u.locale);
        else c.set("locale", negotiateLocale(c.req.header("accept-language"), u.locale ?? "en"));
      }
    }
    await next();
  };
}
