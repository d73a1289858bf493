import { Readable } from "node:stream";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import {
  ZReportChoices,
  ZReportDefinition,
  ZReportInput,
  ZReportResult,
  ZSavedReport,
} from "../../../../shared/api/analytics-reports.js";
import type { Services } from "../../../platform/context.js";
import type { AppEnv } from "../../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse, ZIdParam } from "../../../platform/http/schemas.js";
import type { ReportFormat } from "./report-export.js";
import { removeReport } from "./use-cases/delete-report.js";
import { exportReport } from "./use-cases/export-report.js";
import { reportFilterChoices } from "./use-cases/filter-choices.js";
import { listReports, openReport } from "./use-cases/open-report.js";
import { runReport } from "./use-cases/run-report.js";
import { createReport, replaceReport } from "./use-cases/save-report.js";

const tags = ["Analytics"];
// Who builds and saves reports.
const LEADS = ["admin", "supervisor"] as const;
// Who may open a report shared with their role.
const STAFF = ["admin", "supervisor", "agent", "technician", "qa"] as const;
const BASE = "/api/v1/analytics/reports";
const CONTENT_TYPES: Record<ReportFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
};

export function registerReportRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const actorOf = (c: { get(key: "actor"): AppEnv["Variables"]["actor"] }) => requireActor(c.get("actor"));

  app.openapi(
    defineRoute({
      method: "post",
      path: `${BASE}/run`,
      access: LEADS,
      tags,
      summary: "Run a report definition without saving it (the builder's preview)",
      request: { body: jsonBody(ZReportDefinition) },
      responses: { 200: jsonResponse(ZReportResult), ...commonErrors },
    }),
    async (c) => c.json(await runReport(s, actorOf(c), c.req.valid("json"), c.get("locale")), 200),
  );
  // Before `{id}`: "choices" is not a report's id.
  app.openapi(
    defineRoute({
      method: "get",
      path: `${BASE}/choices`,
      access: STAFF,
      tags,
      summary:
        "Filter choices from the tenant's tickets: the models (SKU), product lines (category) and regions (GB/T 2260 province code) that occur, named in the caller's language; key \"\" = none",
      responses: { 200: jsonResponse(ZReportChoices), ...commonErrors },
    }),
    async (c) => c.json(await reportFilterChoices(s, actorOf(c), c.get("locale")), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: BASE,
      access: STAFF,
      tags,
      summary: "Saved reports the caller may open: their own and those shared with their role",
      responses: { 200: jsonResponse(z.object({ items: z.array(ZSavedReport) })), ...commonErrors },
    }),
    async (c) => c.json(await listReports(s, actorOf(c)), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: BASE,
      access: LEADS,
      tags,
      summary: "Save a report definition, optionally shared with roles",
      request: { body: jsonBody(ZReportInput) },
      responses: { 201: jsonResponse(ZSavedReport), ...commonErrors },
    }),
    async (c) => c.json(await createReport(s, actorOf(c), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: `${BASE}/{id}`,
      access: STAFF,
      tags,
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZSavedReport), ...commonErrors },
    }),
    async (c) => c.json(await openReport(s, actorOf(c), c.req.valid("param").id), 200),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: `${BASE}/{id}`,
      access: LEADS,
      tags,
      summary: "Replace a report's name, definition and sharing (its owner only)",
      request: { params: ZIdParam, body: jsonBody(ZReportInput) },
      responses: { 200: jsonResponse(ZSavedReport), ...commonErrors },
    }),
    async (c) =>
      c.json(await replaceReport(s, actorOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
  app.openapi(
    defineRoute({
      method: "delete",
      path: `${BASE}/{id}`,
      access: LEADS,
      tags,
      summary: "Delete a report (its owner only)",
      request: { params: ZIdParam },
      responses: { 204: { description: "Deleted" }, ...commonErrors },
    }),
    async (c) => {
      await removeReport(s, actorOf(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: `${BASE}/{id}/result`,
      access: STAFF,
      tags,
      summary: "Run a saved report now",
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZReportResult), ...commonErrors },
    }),
    async (c) => {
      const actor = actorOf(c);
      const report = await openReport(s, actor, c.req.valid("param").id);
      return c.json(await runReport(s, actor, report.definition, c.get("locale")), 200);
    },
  );
  for (const format of ["xlsx", "csv"] as const)
    app.openapi(
      defineRoute({
        method: "get",
        path: `${BASE}/{id}/export.${format}`,
        access: STAFF,
        tags,
        summary: `A saved report run now, streamed as ${format === "xlsx" ? "an Excel workbook" : "CSV"} (no row cap)`,
        request: { params: ZIdParam },
        responses: {
          200: {
            description: "The report",
            content: { [CONTENT_TYPES[format]]: { schema: z.string().openapi({ format: "binary" }) } },
          },
          ...commonErrors,
        },
      }),
      async (c) => {
        const { stream, name } = await exportReport(
          s,
          actorOf(c),
          c.req.valid("param").id,
          format,
          c.get("locale"),
        );
        return c.body(Readable.toWeb(stream) as ReadableStream, 200, {
          "content-type": CONTENT_TYPES[format],
          "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
          "x-content-type-options": "nosniff",
          "cache-control": "private, no-store",
        });
      },
    );
}
