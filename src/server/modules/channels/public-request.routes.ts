import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { clientAddress } from "../../platform/http/client-address.js";
import { defineRoute } from "../../platform/http/route.js";
import type { MailLocale } from "./mail/templates.js";
import { renderRequestConfirm, renderRequestForm, renderRequestMessage } from "./request-page.js";
import { requestFormTenant } from "./use-cases/request-form-tenant.js";
import { submitPublicRequest, ZPublicRequest } from "./use-cases/submit-public-request.js";
import { verifyPublicRequest } from "./use-cases/verify-public-request.js";
import { viewPublicRequest } from "./use-cases/view-public-request.js";

const tags = ["Channels"];
const html = (status: number, description: string) => ({
  [status]: { description, content: { "text/html": { schema: z.string() } } },
});
const ZSlug = z.object({ slug: z.string().min(1).max(100) });
const ZLang = z.object({ lang: z.enum(["en", "zh-CN"]).optional() });
const field = z.string().max(20_000).optional();

// The embeddable public request form (/request/{tenant slug}): captcha-free, rate-limited, and
// held until the sender's e-mail address is verified.
export function registerPublicRequestRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const lang = (c: Context<AppEnv>, q?: MailLocale): MailLocale => q ?? c.get("locale");
  app.openapi(
    defineRoute({
      method: "get",
      path: "/request/{slug}",
      access: "public",
      tags,
      request: { params: ZSlug, query: ZLang },
      responses: { ...html(200, "The form"), ...html(404, "No such tenant") },
    }),
    async (c) => {
      const l = lang(c, c.req.valid("query").lang);
      const tenant = await requestFormTenant(s, c.req.valid("param").slug);
      if (!tenant) return c.html(renderRequestMessage(l, "noTenant"), 404);
      return c.html(renderRequestForm(l, tenant.name), 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/request/{slug}",
      access: "public",
      tags,
      request: {
        params: ZSlug,
        query: ZLang,
        body: {
          required: true,
          content: {
            "application/x-www-form-urlencoded": {
              schema: z.object({
                name: field,
                email: field,
                phone: field,
                subject: field,
                description: field,
              }),
            },
          },
        },
      },
      responses: {
        ...html(202, "Held until the e-mail address is verified"),
        ...html(400, "The form again, with the fields to fix"),
        ...html(404, "No such tenant"),
        ...html(429, "Too many requests from this address or e-mail"),
      },
    }),
    async (c) => {
      const l = lang(c, c.req.valid("query").lang);
      const slug = c.req.valid("param").slug;
      const form = c.req.valid("form");
      const values = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, v ?? ""]));
      const parsed = ZPublicRequest.safeParse(values);
      if (!parsed.success) {
        const tenant = await requestFormTenant(s, slug);
        if (!tenant) return c.html(renderRequestMessage(l, "noTenant"), 404);
        const invalid = parsed.error.issues.map((i) => String(i.path[0]));
        return c.html(renderRequestForm(l, tenant.name, { values, invalid }), 400);
      }
      const outcome = await submitPublicRequest(s, slug, parsed.data, {
        ip: clientAddress(c, s.config.trustProxyHops),
        locale: l,
      });
      if (outcome === "no_tenant") return c.html(renderRequestMessage(l, "noTenant"), 404);
      if (outcome === "rate_limited") {
        c.header("retry-after", "3600");
        return c.html(renderRequestMessage(l, "rateLimited"), 429);
      }
      return c.html(renderRequestMessage(l, "held", { email: parsed.data.email }), 202);
    },
  );
  const ZVerify = z.object({ slug: z.string().max(100), token: z.string().min(10).max(200) });
  const linkHeaders = (c: Context<AppEnv>) => {
    c.header("cache-control", "no-store");
    c.header("referrer-policy", "no-referrer");
  };
  // GET (and HEAD) only show the request and a button: mail scanners open links.
  app.openapi(
    defineRoute({
      method: "get",
      path: "/request/{slug}/verify/{token}",
      access: "public",
      tags,
      request: { params: ZVerify },
      responses: {
        ...html(200, "A button to send the request, or the ticket already created"),
        ...html(404, "Invalid or expired"),
      },
    }),
    async (c) => {
      const view = await viewPublicRequest(s, c.req.valid("param").token, c.get("locale"));
      linkHeaders(c);
      if (view.state === "invalid") return c.html(renderRequestMessage(view.locale, "invalidLink"), 404);
      if (view.state === "pending") return c.html(renderRequestConfirm(view.locale, view.subject), 200);
      return c.html(renderRequestMessage(view.locale, view.state, { number: view.number }), 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/request/{slug}/verify/{token}",
      access: "public",
      tags,
      request: { params: ZVerify },
      responses: { ...html(200, "Ticket created or already created"), ...html(404, "Invalid or expired") },
    }),
    async (c) => {
      const out = await verifyPublicRequest(s, c.req.valid("param").token, c.get("locale"));
      linkHeaders(c);
      if (out.state === "invalid") return c.html(renderRequestMessage(out.locale, "invalidLink"), 404);
      return c.html(renderRequestMessage(out.locale, out.state, { number: out.number }), 200);
    },
  );
}
