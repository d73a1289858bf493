import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import { and, desc, eq, lt } from "drizzle-orm";
import { ZAuditEntry, ZAuditVerification as ZVerification } from "../../../shared/api/audit.js";
import { AUDIT_READERS, isStaff } from "../../../shared/roles.js";
import { auditLog } from "../../platform/audit/audit.tables.js";
import { consistencyToNewest, ticketReceipt } from "../../platform/audit/audit-receipts.js";
import { auditDeps } from "../../platform/audit/audit-sealer.js";
import { AUDIT_KEY_NAME } from "../../platform/audit/audit-signer.js";
import { verifyAuditLog } from "../../platform/audit/audit-verify.js";
import type { Services } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { decodeCursor, keysetPage } from "../../platform/http/cursor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonResponse, listOf, ZListQuery } from "../../platform/http/schemas.js";
import { getTicket } from "../tickets/index.js";

const ZPublicKey = z
  .object({
    name: z.string(),
    verifierKey: z
      .string()
      .openapi({ description: "signed-note verifier key: <name>+<key id>+<base64(0x01 ‖ key)>" }),
    publicKey: z.string().openapi({ description: "raw Ed25519 public key, base64" }),
    algorithm: z.literal("Ed25519"),
  })
  .openapi("AuditPublicKey");

export const ZReceiptEntry = z.object({
  index: z.number().int(),
  at: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  detail: z.string().openapi({ description: "salted SHA-256 commitment to the entry's actor and data" }),
  leafHash: z.string(),
  proof: z.array(z.string()),
  details: z
    .object({
      salt: z.string(),
      actorId: z.string().nullable(),
      data: z.record(z.string(), z.unknown()),
    })
    .optional()
    .openapi({ description: "staff only: opens the commitment" }),
});

const ZReceipt = z
  .object({
    format: z.literal("aftercare.audit.receipt/1"),
    ticketId: z.string(),
    checkpoint: z
      .string()
      .openapi({ description: "C2SP signed note: origin, tree size, root hash, time, signature" }),
    publicKey: z.string(),
    entries: z.array(ZReceiptEntry),
  })
  .openapi("AuditReceipt");

const ZConsistency = z
  .object({
    checkpoint: z.string().openapi({ description: "newest signed checkpoint (signed note)" }),
    fromSize: z.number().int(),
    proof: z
      .array(z.string())
      .openapi({ description: "RFC 6962 consistency proof from fromSize to the checkpoint's size, hex" }),
  })
  .openapi("AuditConsistency");

const tags = ["Audit"];

export function registerAuditRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const deps = () => auditDeps(s);
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/audit/verify",
      access: AUDIT_READERS,
      tags,
      responses: { 200: jsonResponse(ZVerification), ...commonErrors },
    }),
    async (c) => c.json(await verifyAuditLog(deps(), requireActor(c.get("actor")).tenantId), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/audit/public-key",
      access: "public",
      tags,
      responses: { 200: jsonResponse(ZPublicKey), ...commonErrors },
    }),
    async (c) => {
      const signer = deps().signer;
      return c.json(
        {
          name: AUDIT_KEY_NAME,
          verifierKey: signer.verifierKey,
          publicKey: Buffer.from(signer.publicKey).toString("base64"),
          algorithm: "Ed25519" as const,
        },
        200,
      );
    },
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/tickets/{ref}/audit-receipt",
      access: "signed_in",
      tags,
      request: { params: z.object({ ref: z.string().min(1).max(100) }) },
      responses: { 200: jsonResponse(ZReceipt), ...commonErrors },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const ticket = await getTicket(s, actor, c.req.valid("param").ref);
      const receipt = await ticketReceipt(deps(), actor.tenantId, ticket.id, isStaff(actor.role));
      if (!receipt || receipt.entries.length === 0) throw new AppError("audit.receipt_not_ready");
      return c.json(receipt, 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/audit/consistency",
      access: "account",
      tags,
      request: { query: z.object({ from: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER) }) },
      responses: { 200: jsonResponse(ZConsistency), ...commonErrors },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const r = await consistencyToNewest(deps(), actor.tenantId, c.req.valid("query").from);
      if (!r) throw new AppError("audit.receipt_not_ready");
      if ("beyond" in r) throw new AppError("audit.size_beyond_tree", { size: r.beyond });
      return c.json(r, 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/audit",
      access: AUDIT_READERS,
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
      const toEntry = ({ tenantId: _t, salt: _s, ...r }: (typeof rows)[number]) => ({
        ...r,
        at: r.at.toISOString(),
      });
      return c.json(
        keysetPage(rows, q.limit, (last) => [last.id], toEntry),
        200,
      );
    },
  );
}
