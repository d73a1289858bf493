import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import type { Services } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonResponse } from "../../platform/http/schemas.js";
import { importCustomers } from "./use-cases/import-customers.js";

const ZImportForm = z.object({
  file: z
    .instanceof(File, { message: "attachment.file_required" })
    .openapi({ type: "string", format: "binary" }),
});
const ZImportQuery = z.object({ apply: z.enum(["true", "false"]).default("false") });
const ZImportResult = z
  .object({
    applied: z.boolean(),
    rows: z.array(
      z.object({
        row: z.number().int(),
        action: z.enum(["create", "update", "unchanged", "error"]),
        key: z.string().nullable(),
        errors: z.array(z.string()),
      }),
    ),
  })
  .openapi("CustomerImportResult");

export function registerCustomerImportRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
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
      path: "/api/v1/customers/import",
      access: ["admin"],
      tags: ["Customers"],
      summary:
        "Import customers from an .xlsx (columns name, kind, email, phone, tier): a dry run by default, ?apply=true writes",
      middleware: [limit],
      request: {
        query: ZImportQuery,
        body: { required: true, content: { "multipart/form-data": { schema: ZImportForm } } },
      },
      responses: {
        200: jsonResponse(ZImportResult),
        413: commonErrors[400],
        415: commonErrors[400],
        ...commonErrors,
      },
    }),
    async (c) =>
      c.json(
        await importCustomers(s, requireActor(c.get("actor")), c.req.valid("form").file, {
          apply: c.req.valid("query").apply === "true",
          locale: c.get("locale"),
        }),
        200,
      ),
  );
}
