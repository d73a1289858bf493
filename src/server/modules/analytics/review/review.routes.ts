import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import {
  ZReviewCommentary,
  ZReviewReport,
  ZReviewRequest,
  ZReviewSent,
  ZReviewSettings,
} from "../../../../shared/api/review-reports.js";
import type { Services } from "../../../platform/context.js";
import type { AppEnv } from "../../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse, ZIdParam } from "../../../platform/http/schemas.js";
import type { ReviewFormat } from "./review-files.js";
import { downloadReview } from "./use-cases/download-review.js";
import { generateReview } from "./use-cases/generate-review.js";
import { listReviewReports } from "./use-cases/list-reviews.js";
import { readReviewSettings, replaceReviewSettings } from "./use-cases/review-settings.js";
import { sendReview } from "./use-cases/send-review.js";
import { updateCommentary } from "./use-cases/update-commentary.js";

const tags = ["Analytics"];
const LEADS = ["admin", "supervisor"] as const;
const BASE = "/api/v1/analytics/review-reports";
const CONTENT_TYPES: Record<ReviewFormat, string> = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export function registerReviewRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const actorOf = (c: { get(key: "actor"): AppEnv["Variables"]["actor"] }) => requireActor(c.get("actor"));
  const ZList = z.object({ items: z.array(ZReviewReport) });

  app.openapi(
    defineRoute({
      method: "get",
      path: BASE,
      access: LEADS,
      tags,
      summary: "Monthly and half-yearly service reviews, newest first",
      responses: { 200: jsonResponse(ZList), ...commonErrors },
    }),
    async (c) => c.json(await listReviewReports(s, actorOf(c)), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: BASE,
      access: LEADS,
      tags,
      summary:
        "Make the review of a finished month (2026-11) or half year (2026-H2); the existing one if made",
      request: { body: jsonBody(ZReviewRequest) },
      responses: { 200: jsonResponse(ZReviewReport), 201: jsonResponse(ZReviewReport), ...commonErrors },
    }),
    async (c) => {
      const { report, created } = await generateReview(s, actorOf(c), c.req.valid("json"));
      return created ? c.json(report, 201) : c.json(report, 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "patch",
      path: `${BASE}/{id}`,
      access: LEADS,
      tags,
      summary: "Write the commentary slots (summary, highlights, actions)",
      request: { params: ZIdParam, body: jsonBody(z.object({ commentary: ZReviewCommentary })) },
      responses: { 200: jsonResponse(ZReviewReport), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await updateCommentary(s, actorOf(c), c.req.valid("param").id, c.req.valid("json").commentary),
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: `${BASE}/{id}/send`,
      access: LEADS,
      tags,
      summary: "Mail the review (PDF and Excel) to every active user of the chosen roles",
      request: { params: ZIdParam },
      responses: { 202: jsonResponse(ZReviewSent), ...commonErrors },
    }),
    async (c) => c.json(await sendReview(s, actorOf(c), c.req.valid("param").id), 202),
  );
  for (const format of ["pdf", "xlsx"] as const)
    app.openapi(
      defineRoute({
        method: "get",
        path: `${BASE}/{id}/report.${format}`,
        access: LEADS,
        tags,
        summary: `The review as ${format === "pdf" ? "PDF" : "an Excel workbook"}, from the figures as they are now`,
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
        const { bytes, name } = await downloadReview(s, actorOf(c), c.req.valid("param").id, format);
        return c.body(new Uint8Array(bytes), 200, {
          "content-type": CONTENT_TYPES[format],
          "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
          "x-content-type-options": "nosniff",
          "cache-control": "private, no-store",
        });
      },
    );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/analytics/review-settings",
      access: LEADS,
      tags,
      responses: { 200: jsonResponse(ZReviewSettings), ...commonErrors },
    }),
    async (c) => c.json(await readReviewSettings(s, actorOf(c)), 200),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/analytics/review-settings",
      access: ["admin"],
      tags,
      summary: "Which reviews the schedule makes and mails, and to which roles",
      request: { body: jsonBody(ZReviewSettings) },
      responses: { 200: jsonResponse(ZReviewSettings), ...commonErrors },
    }),
    async (c) => c.json(await replaceReviewSettings(s, actorOf(c), c.req.valid("json")), 200),
  );
}
