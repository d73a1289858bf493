import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { z } from "zod";
import { ERRORS, type ErrorCode, errorMessage } from "../../../shared/errors/catalog.js";
import type { Locale } from "../../../shared/i18n/locale.js";
import { AppError, type FieldIssue } from "../errors.js";
import type { Logger } from "../logger.js";
import type { AppEnv } from "./actor.js";

const zodLocales = { "zh-CN": z.locales.zhCN().localeError, en: z.locales.en().localeError } as const;

export class ValidationError extends AppError {
  constructor(readonly issues: readonly z.core.$ZodIssue[]) {
    super("request.validation_failed");
  }
}

function issueMessage(issue: z.core.$ZodIssue, locale: Locale): string {
  // Our own refinements carry a catalogue code as their message.
  if (issue.message && issue.message in ERRORS) return errorMessage(issue.message as ErrorCode, locale);
  const out = zodLocales[locale](issue as never);
  return typeof out === "string" ? out : (out?.message ?? issue.message);
}

function translateIssues(issues: readonly z.core.$ZodIssue[], locale: Locale): FieldIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join(".") || "(body)",
    message: issueMessage(issue, locale),
  }));
}

export function errorBody(
  code: ErrorCode,
  locale: Locale,
  params: Record<string, string | number> = {},
  details?: FieldIssue[],
) {
  return { error: { code, message: errorMessage(code, locale, params), ...(details ? { details } : {}) } };
}

// The one place where errors become HTTP answers; unknown errors are logged and never leak internals.
export function handleError(err: Error, c: Context<AppEnv>, logger: Logger): Response {
  const locale = c.get("locale") ?? "en";
  if (err instanceof ValidationError) {
    return c.json(errorBody(err.code, locale, {}, translateIssues(err.issues, locale)), 400);
  }
  if (err instanceof AppError) {
    // A use case's field errors may name a catalogue code, worded here in the caller's language.
    const details = err.details?.map((d) =>
      d.message in ERRORS ? { ...d, message: errorMessage(d.message as ErrorCode, locale) } : d,
    );
    return c.json(errorBody(err.code, locale, err.params, details), ERRORS[err.code].status);
  }
  if (err instanceof HTTPException) {
    if (err.status === 413) return c.json(errorBody("request.too_large", locale, { limit: "body" }), 413);
    // The route's media-type gate (e.g. a body without content-length, which the JSON gate in app.ts skips).
    if (err.status === 415) {
      const type = c.req.header("content-type")?.split(";")[0]?.trim() || "none";
      return c.json(errorBody("request.unsupported_media_type", locale, { type }), 415);
    }
    if (err.status === 400 && /json/i.test(err.message))
      return c.json(errorBody("request.malformed_json", locale), 400);
    if (err.status === 400)
      return c.json(
        errorBody("request.validation_failed", locale, {}, [{ path: "(body)", message: err.message }]),
        400,
      );
  }
  const requestId = c.get("requestId") ?? "-";
  logger.error({ err, requestId, path: c.req.path }, "unhandled error");
  return c.json(errorBody("internal.error", locale, { requestId }), 500);
}
