import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import { and, desc, eq, lt } from "drizzle-orm";
import { auditLog } from "../../platform/audit/audit.tables.js";
import { verifyAuditChain } from "../../platform/audit/audit-log.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { decodeCursor, keysetPage } from "../../platform/http/cursor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, isoDateTime, jsonResponse, listOf, ZListQuery } from "../../platform/http/schemas.js";

const ZVerification = z
  .object({
    ok: z.boolean(),
    entries: z.number().int(),
    pending: z.number().int().openapi({ description: "Entries written but not yet chained by the sealer" }),
    firstBrokenAt: z.number().int().optional(),
    reason: z.string().optional(),
  })
  .openapi("AuditVerification");

const ZAuditEntry = z
  .object({
    id: z.string(),
    seq: z.number().int().nullable().openapi({ description: "Position in the chain; null until sealed" }),
    at: isoDateTime(),
    actorId: z.string().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    data: z.record(z.string(), z.unknown()),
    prevHash: z.string().nullable(),
    hash: z.string().nullable(),
  })
  .openapi("AuditEntry");

const tags = ["Audit"];

export function registerAuditRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/audit/verify",
      access: ["admin"],
      tags,
      responses: { 200: jsonResponse(ZVerification), ...commonErrors },
    }),
    async (c) => c.json(await verifyAuditChain(s.db, requireActor(c.get("actor")).tenantId), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/audit",
      access: ["admin"],
      tags,
      request: { query: ZListQuery },
      responses: { 200: jsonResponse(listOf(ZAuditEntry)), ...commonErrors },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const q = c.req.valid("query");
      const after = decodeCursor(q.cursor);
      const rows = await s.db
        .select()
        .from(auditLog)
        .where(
          and(eq(auditLog.tenantId, actor.tenantId), after ? lt(auditLog.id, String(after[0])) : undefined),
        )
        .orderBy(desc(auditLog.id))
        .limit(q.limit + 1);
      const toEntry = ({ tenantId: _t, ...r }: (typeof rows)[number]) => ({ ...r, at: r.at.toISOString() });
      return c.json(
        keysetPage(rows, q.limit, (last) => [last.id], toEntry),
        200,
      );
    },
  );
}
