import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./actor.js";

// The web app keeps its session token in localStorage, so injected script would be game over:
// scripts come only from our own origin (the Vite build has no inline script). Ant Design writes
// its styles at run time (CSS-in-JS), hence inline styles. Attachments open as blob: downloads.
const WEB_APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

// Server-rendered pages without any script (the confirm page): inline styles and a form post only.
const STATIC_PAGE_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

// The API answers JSON (its reference page and the embeddable request form set their own rules);
// everything else is the web app or one of our script-free pages.
export function contentSecurityPolicy(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const p = c.req.path;
    if (p.startsWith("/api/") || p.startsWith("/request/") || c.res.headers.has("content-security-policy"))
      return;
    c.res.headers.set("content-security-policy", p.startsWith("/confirm/") ? STATIC_PAGE_CSP : WEB_APP_CSP);
  };
}
