import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import { negotiateLocale } from "../shared/i18n/locale.js";
import type { Config } from "./config.js";
import { authenticate } from "./modules/auth/index.js";
import { MODULES } from "./modules.js";
import { auditDeps, sealAuditLog } from "./platform/audit/audit-sealer.js";
import type { Clock } from "./platform/clock.js";
import type { Services } from "./platform/context.js";
import { installAfterCommit } from "./platform/db/after-commit.js";
import type { Database } from "./platform/db/client.js";
import { DomainEvents } from "./platform/events.js";
import type { AppEnv } from "./platform/http/actor.js";
import { contentSecurityPolicy } from "./platform/http/content-security.js";
import { API_DOCS_HTML } from "./platform/http/docs-page.js";
import { errorBody, handleError, ValidationError } from "./platform/http/errors.js";
import { newId } from "./platform/ids.js";
import { deleteFinishedJobs } from "./platform/jobs/retention.js";
import { JobRunner, type JobRunnerOptions } from "./platform/jobs/runner.js";
import type { Logger } from "./platform/logger.js";
import { FileStore } from "./platform/storage/file-store.js";

const WEB_DIST = path.resolve(import.meta.dirname, "../../dist/web");
const JSON_BODY_LIMIT = 1024 * 1024;

// PostgreSQL text cannot hold U+0000; refuse it up front with a clear 400 instead of failing later.
async function jsonHasNulCharacter(readText: () => Promise<string>): Promise<boolean> {
  const text = await readText();
  if (!text.includes("\\u0000") && !text.includes("\u0000")) return false;
  const walk = (v: unknown): boolean =>
    typeof v === "string"
      ? v.includes("\u0000")
      : Array.isArray(v)
        ? v.some(walk)
        : v !== null &&
          typeof v === "object" &&
          Object.entries(v).some(([k, x]) => k.includes("\u0000") || walk(x));
  try {
    return walk(JSON.parse(text));
  } catch {
    return false; // malformed JSON gets its own answer from the route
  }
}

export type AppDeps = { database: Database; config: Config; clock: Clock; logger: Logger };

export function createServices(deps: AppDeps): Services {
  installAfterCommit(deps.database.db, (err) => deps.logger.error({ err }, "after-commit work failed"));
  const services: Services = {
    ...deps,
    db: deps.database.db,
    files: new FileStore(path.join(deps.config.dataDir, "files")),
    events: new DomainEvents(),
  };
  wireSubscribers(services);
  return services;
}

// Modules that react to other modules' changes subscribe through their definitions (handlers run
// inside the transaction of the change), in MODULES order.
function wireSubscribers(s: Services): void {
  for (const m of MODULES)
    for (const sub of m.subscribers ?? [])
      s.events.on(
        sub.event,
        (tx, payload) => sub.handle(tx, s, payload),
        sub.handleMany && ((tx, payloads) => sub.handleMany?.(tx, s, payloads) ?? Promise.resolve()),
      );
}

export function createJobRunner(s: Services, opts: Partial<JobRunnerOptions> = {}): JobRunner {
  const runner = new JobRunner(s, {
    pollMs: s.config.jobPollMs,
    lockSeconds: s.config.jobLockSeconds,
    ...opts,
  });
  for (const m of MODULES) runner.register(...(m.jobs ?? []));
  const audit = auditDeps(s);
  runner.everyTick("audit sealer", () => sealAuditLog(audit));
  // Hourly, at 7 past: finished jobs older than the configured retention are deleted.
  runner.schedule("jobs.retention", "7 * * * *", async ({ tx }) => {
    const deleted = await deleteFinishedJobs(tx, s.config.jobRetention);
    if (deleted > 0) s.logger.info({ deleted }, "finished jobs deleted");
  });
  for (const m of MODULES) for (const sch of m.schedules ?? []) runner.schedule(sch.name, sch.spec, sch.run);
  return runner;
}

// Multipart uploads: each route sets its own size limit (the upload limit, not the 1 MB of JSON).
const UPLOAD_PATHS = new Set([
  "/api/v1/attachments",
  "/api/v1/unit-registrations",
  "/api/v1/customers/import",
  "/api/v1/products/import",
  "/api/v1/units/import",
  "/api/v1/parts/import",
]);

// The WeChat platform posts XML to the Official Account's callback (modules/chat/wechat).
const WECHAT_CALLBACK = /^\/api\/v1\/channels\/wechat\/[^/]+$/;

// The composition root: wires platform, modules and routes into one Hono app.
export function createApp(s: Services) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw new ValidationError(result.error.issues);
    },
  });

  app.use("*", async (c, next) => {
    const started = performance.now();
    c.set("requestId", c.req.header("x-request-id")?.slice(0, 100) || newId("req"));
    c.set("locale", negotiateLocale(c.req.header("accept-language")));
    await next();
    c.header("x-request-id", c.get("requestId"));
    if (c.req.path.startsWith("/api/")) {
      s.logger.info(
        {
          reqId: c.get("requestId"),
          method: c.req.method,
          path: c.req.path,
          status: c.res.status,
          ms: Math.round(performance.now() - started),
        },
        "request",
      );
    }
  });
  const strictHeaders = secureHeaders({ crossOriginEmbedderPolicy: false });
  // The public request form is made to be embedded in a tenant's own site (iframe).
  const embeddableHeaders = secureHeaders({ crossOriginEmbedderPolicy: false, xFrameOptions: false });
  // The chat widget's script is loaded by the tenant's own website (another origin).
  const widgetHeaders = secureHeaders({
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: "cross-origin",
  });
  app.use("*", (c, next) => {
    if (c.req.path === "/chat/widget.js") return widgetHeaders(c, next);
    return c.req.path.startsWith("/request/") ? embeddableHeaders(c, next) : strictHeaders(c, next);
  });
  app.use("*", contentSecurityPolicy());
  app.use("/api/*", async (c, next) => {
    if (UPLOAD_PATHS.has(c.req.path) && c.req.method === "POST") return next();
    // Raw inbound mail has its own 25 MB limit on its route.
    if (c.req.path === "/api/v1/channels/email/inbound") return next();
    return bodyLimit({
      maxSize: JSON_BODY_LIMIT,
      onError: (c2) => c2.json(errorBody("request.too_large", c2.get("locale"), { limit: "1 MB" }), 413),
    })(c, next);
  });
  app.use("/api/*", async (c, next) => {
    const type = c.req.header("content-type");
    const hasBody = ["POST", "PUT", "PATCH"].includes(c.req.method) && c.req.raw.body !== null;
    const expectsJson = !(
      UPLOAD_PATHS.has(c.req.path) ||
      c.req.path === "/api/v1/channels/email/inbound" ||
      WECHAT_CALLBACK.test(c.req.path)
    );
    if (hasBody && expectsJson && type && !/^application\/(.+\+)?json/i.test(type)) {
      return c.json(
        errorBody("request.unsupported_media_type", c.get("locale"), { type: type.split(";")[0] ?? type }),
        415,
      );
    }
    if (hasBody && expectsJson && (await jsonHasNulCharacter(() => c.req.text()))) {
      return c.json(errorBody("request.invalid_characters", c.get("locale")), 400);
    }
    return next();
  });
  app.use("/api/*", authenticate(s));

  app.get("/healthz", (c) => c.json({ status: "ok" }));
  for (const m of MODULES) m.routes?.(app, s);

  app.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", { type: "http", scheme: "bearer" });
  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Aftercare API",
      version: "1.0.0",
      description: "After-sales service platform (售后服务管理系统)",
    },
  });
  app.get("/api/docs", (c) => c.html(API_DOCS_HTML));
  app.all("/api/*", (c) => c.json(errorBody("request.not_found", c.get("locale")), 404));

  if (existsSync(WEB_DIST)) {
    const root = path.relative(process.cwd(), WEB_DIST);
    app.use("/*", serveStatic({ root }));
    // Read per request: a rebuilt web app is served without restarting the server.
    app.get("*", (c) => c.html(readFileSync(path.join(WEB_DIST, "index.html"), "utf8")));
  }

  app.onError((err, c) => handleError(err, c, s.logger));
  return app;
}
