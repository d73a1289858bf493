import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import { ZOutlet, ZTenant } from "../../../shared/api/tenancy.js";
import { LOCALES } from "../../../shared/i18n/locale.js";
import { STAFF_ROLES } from "../../../shared/roles.js";
import { appendAudit } from "../../platform/audit/audit-log.js";
import type { Services } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse } from "../../platform/http/schemas.js";
import { findTenant, listOutlets, type TenantRow, updateTenant } from "./tenancy.repository.js";

const ZUpdateTenant = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    timezone: z.string().max(64).refine(isTimeZone, "request.invalid_timezone").optional(),
    defaultLocale: z.enum(LOCALES).optional(),
    autoCloseDays: z.number().int().min(1).max(90).optional(),
    visitNoticeHours: z.number().int().min(0).max(168).optional(),
  })
  .strict();

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const toDto = (t: TenantRow) => ({
  id: t.id,
  name: t.name,
  timezone: t.timezone,
  defaultLocale: t.defaultLocale,
  autoCloseDays: t.autoCloseDays,
  visitNoticeHours: t.visitNoticeHours,
});
const tags = ["Tenant"];

export function registerTenancyRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/tenant",
      access: "account",
      tags,
      responses: { 200: jsonResponse(ZTenant), ...commonErrors },
    }),
    async (c) => {
      const tenant = await findTenant(s.db, requireActor(c.get("actor")).tenantId);
      if (!tenant) throw new AppError("auth.required");
      return c.json(toDto(tenant), 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "patch",
      path: "/api/v1/tenant",
      access: ["admin"],
      tags,
      request: { body: jsonBody(ZUpdateTenant) },
      responses: { 200: jsonResponse(ZTenant), ...commonErrors },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const patch = c.req.valid("json");
      const tenant = await s.db.transaction(async (tx) => {
        const row = await updateTenant(tx, actor.tenantId, patch);
        await appendAudit(tx, {
          tenantId: actor.tenantId,
          actorId: actor.userId,
          action: "tenant.updated",
          entityType: "tenant",
          entityId: actor.tenantId,
          data: patch,
          at: s.clock.now(),
        });
        return row;
      });
      if (!tenant) throw new AppError("auth.required");
      return c.json(toDto(tenant), 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/outlets",
      access: STAFF_ROLES,
      tags,
      responses: { 200: jsonResponse(z.object({ items: z.array(ZOutlet) })), ...commonErrors },
    }),
    async (c) => {
      const rows = await listOutlets(s.db, requireActor(c.get("actor")).tenantId);
      return c.json({ items: rows.map((o) => ({ id: o.id, name: o.name, region: o.region })) }, 200);
    },
  );
}
