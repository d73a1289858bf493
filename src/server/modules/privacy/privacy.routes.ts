import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import { RETENTION_BOUNDS } from "../../../shared/retention.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse, ZIdParam } from "../../platform/http/schemas.js";
import { ZCustomer } from "../customers/index.js";
import { erasePersonalData } from "./use-cases/erase-personal-data.js";
import { EXPORT_FORMAT, exportPersonalData } from "./use-cases/export-personal-data.js";
import { getRetention } from "./use-cases/get-retention.js";
import { saveRetention } from "./use-cases/save-retention.js";

const tags = ["Privacy"];

const ZExport = z
  .object({ format: z.literal(EXPORT_FORMAT), exportedAt: z.string() })
  .passthrough()
  .openapi("PersonalDataExport", {
    description:
      "customer, accounts, units, tickets, messages (public), events, attachments (list), emails, notices, calls, audit",
  });

const ZErase = z
  .object({
    confirm: z
      .string()
      .max(300)
      .openapi({ description: "The customer's current name, typed by the admin to confirm" }),
  })
  .openapi("EraseCustomer");

const months = (b: { min: number; max: number }) => z.number().int().min(b.min).max(b.max).nullable();

const ZRetention = z
  .object({
    closedTicketMonths: months(RETENTION_BOUNDS.closedTicketMonths).openapi({
      description: `Erase the personal data of tickets closed longer ago (${RETENTION_BOUNDS.closedTicketMonths.min}–${RETENTION_BOUNDS.closedTicketMonths.max} months; null: keep)`,
    }),
    attachmentMonths: months(RETENTION_BOUNDS.attachmentMonths).openapi({
      description: `Delete attachment contents of tickets closed longer ago (${RETENTION_BOUNDS.attachmentMonths.min}–${RETENTION_BOUNDS.attachmentMonths.max} months; null: keep)`,
    }),
  })
  .strict()
  .openapi("RetentionSettings");

export function registerPrivacyRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/customers/{id}/personal-data",
      access: ["admin"],
      tags,
      description: "Everything held about the customer, as a JSON file download.",
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZExport), ...commonErrors },
    }),
    async (c) => {
      const data = await exportPersonalData(s, requireActor(c.get("actor")), c.req.valid("param").id);
      c.header(
        "content-disposition",
        `attachment; filename="personal-data-${c.req.valid("param").id}-${data.exportedAt.slice(0, 10)}.json"`,
      );
      return c.json(data, 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/customers/{id}/erase",
      access: ["admin"],
      tags,
      description:
        "Pseudonymises the customer's personal data everywhere; tickets and audit proofs stay. Cannot be undone.",
      request: { params: ZIdParam, body: jsonBody(ZErase) },
      responses: { 200: jsonResponse(ZCustomer), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await erasePersonalData(
          s,
          requireActor(c.get("actor")),
          c.req.valid("param").id,
          c.req.valid("json").confirm,
        ),
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/privacy/retention",
      access: ["admin"],
      tags,
      responses: { 200: jsonResponse(ZRetention), ...commonErrors },
    }),
    async (c) => c.json(await getRetention(s.db, requireActor(c.get("actor")).tenantId), 200),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/privacy/retention",
      access: ["admin"],
      tags,
      description: "Applied by a daily schedule (03:17 UTC).",
      request: { body: jsonBody(ZRetention) },
      responses: { 200: jsonResponse(ZRetention), ...commonErrors },
    }),
    async (c) => c.json(await saveRetention(s, requireActor(c.get("actor")), c.req.valid("json")), 200),
  );
}
