import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { stream } from "hono/streaming";
import { ZImportResult } from "../../../shared/api/imports.js";
import { errorMessage } from "../../../shared/errors/catalog.js";
import type { Role } from "../../../shared/roles.js";
import type { Services } from "../context.js";
import { AppError } from "../errors.js";
import type { Actor, AppEnv } from "../http/actor.js";
import { defineRoute, requireActor } from "../http/route.js";
import { commonErrors } from "../http/schemas.js";
import { type ImportSpec, openImport } from "./import-runner.js";

const ZImportForm = z.object({
  file: z
    .instanceof(File, { message: "attachment.file_required" })
    .openapi({ type: "string", format: "binary" }),
});
const ZImportQuery = z.object({ apply: z.enum(["true", "false"]).default("false") });
const NDJSON = "application/x-ndjson";

// Progress is sent at most this often (and at the end), so a 50,000-row file is not 50,000 lines.
const PROGRESS_EVERY_MS = 200;

// POST <path>: an .xlsx or .csv in `file`; a dry run by default, ?apply=true writes. With
// `Accept: application/x-ndjson` the answer streams one JSON line per progress step
// ({"progress":{"done","total"}}) and then {"result": …} (or {"error": {code, message}}), for a
// progress bar on large files; otherwise one JSON answer.
export function registerImportRoute<V>(
  app: OpenAPIHono<AppEnv>,
  s: Services,
  o: {
    path: string;
    tags: string[];
    summary: string;
    access?: readonly Role[];
    spec: (actor: Actor) => ImportSpec<V>;
  },
): void {
  const limit = bodyLimit({
    maxSize: s.config.maxUploadBytes + 64 * 1024,
    onError: () => {
      throw new AppError("attachment.too_large", {
        limit: `${Math.round(s.config.maxUploadBytes / 1048576)} MB`,
      });
    },
  });
  app.openapi(
    defineRoute({
      method: "post",
      path: o.path,
      access: o.access ?? ["admin"],
      tags: o.tags,
      summary: o.summary,
      middleware: [limit],
      request: {
        query: ZImportQuery,
        body: { required: true, content: { "multipart/form-data": { schema: ZImportForm } } },
      },
      responses: {
        200: {
          description:
            "Every row's result (or, with Accept: application/x-ndjson, progress lines then the result)",
          content: {
            "application/json": { schema: ZImportResult },
            [NDJSON]: { schema: z.string() },
          },
        },
        413: commonErrors[400],
        415: commonErrors[400],
        ...commonErrors,
      },
    }),
    // biome-ignore lint/suspicious/noExplicitAny: one handler answers JSON or an NDJSON stream
    async (c): Promise<any> => {
      const actor = requireActor(c.get("actor"));
      const opened = await openImport(c.req.valid("form").file, o.spec(actor));
      const opts = { apply: c.req.valid("query").apply === "true", locale: c.get("locale") };
      if (!(c.req.header("accept") ?? "").includes(NDJSON)) return c.json(await opened.run(s.db, opts), 200);
      c.header("content-type", NDJSON);
      c.header("cache-control", "no-store");
      return stream(c, async (out) => {
        let last = 0;
        const line = (v: unknown) => out.write(`${JSON.stringify(v)}\n`);
        try {
          const result = await opened.run(s.db, {
            ...opts,
            onProgress: (done, total) => {
              const now = Date.now();
              if (done < total && done > 0 && now - last < PROGRESS_EVERY_MS) return;
              last = now;
              void line({ progress: { done, total } });
            },
          });
          await line({ result });
        } catch (err) {
          s.logger.error({ err, path: o.path }, "import failed");
          const code = err instanceof AppError ? err.code : "internal.error";
          const params = err instanceof AppError ? err.params : {};
          await line({ error: { code, message: errorMessage(code, opts.locale, params) } });
        }
      });
    },
  );
}
