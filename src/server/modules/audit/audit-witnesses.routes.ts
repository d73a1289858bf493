import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { AUDIT_READERS } from "../../../shared/roles.js";
import { appendAudit } from "../../platform/audit/audit-log.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, isoDateTime, jsonBody, jsonResponse } from "../../platform/http/schemas.js";
import { auditWitnesses } from "./audit.tables.js";

const ZWitnessInput = z
  .object({
    addresses: z
      .array(z.string().trim().toLowerCase().email().max(254))
      .max(10)
      .openapi({ description: "Each new signed checkpoint is mailed to these addresses; empty: none" }),
  })
  .strict()
  .openapi("AuditWitnessesInput");

const ZWitnesses = z
  .object({
    addresses: z.array(z.string()),
    lastSentSize: z.number().int().nullable(),
    lastSentAt: isoDateTime().nullable(),
    lastError: z.string().nullable(),
  })
  .openapi("AuditWitnesses");

const tags = ["Audit"];

async function readWitnesses(s: Services, tenantId: string) {
  const [w] = await s.db.select().from(auditWitnesses).where(eq(auditWitnesses.tenantId, tenantId));
  return {
    addresses: w?.addresses ?? [],
    lastSentSize: w?.lastSentSize ?? null,
    lastSentAt: w?.lastSentAt?.toISOString() ?? null,
    lastError: w?.lastError ?? null,
  };
}

export function registerWitnessRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/audit/witnesses",
      access: AUDIT_READERS,
      tags,
      responses: { 200: jsonResponse(ZWitnesses), ...commonErrors },
    }),
    async (c) => c.json(await readWitnesses(s, requireActor(c.get("actor")).tenantId), 200),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/audit/witnesses",
      access: ["admin"],
      tags,
      request: { body: jsonBody(ZWitnessInput) },
      responses: { 200: jsonResponse(ZWitnesses), ...commonErrors },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const addresses = [...new Set(c.req.valid("json").addresses)];
      await s.db.transaction(async (tx) => {
        const now = s.clock.now();
        await tx
          .insert(auditWitnesses)
          .values({ tenantId: actor.tenantId, addresses, updatedAt: now })
          .onConflictDoUpdate({ target: auditWitnesses.tenantId, set: { addresses, updatedAt: now } });
        // Who may receive the checkpoints is itself on the record.
        await appendAudit(tx, {
          tenantId: actor.tenantId,
          actorId: actor.userId,
          action: "audit.witnesses_updated",
          entityType: "tenant",
          entityId: actor.tenantId,
          data: { addresses },
          at: now,
        });
      });
      return c.json(await readWitnesses(s, actor.tenantId), 200);
    },
  );
}
