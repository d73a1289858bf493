import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import { AUDIT_READERS } from "../../../shared/roles.js";
import { checkpointBundle, entryProof, listCheckpoints } from "../../platform/audit/audit-bundle.js";
import { auditDeps } from "../../platform/audit/audit-sealer.js";
import type { Services } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { decodeCursor, keysetPage } from "../../platform/http/cursor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import {
  commonErrors,
  isoDateTime,
  jsonResponse,
  listOf,
  ZIdParam,
  ZListQuery,
} from "../../platform/http/schemas.js";
import { ZReceiptEntry } from "./audit.routes.js";

// What an auditor takes away: the signed checkpoints (as a list and as a file that verifies
// offline with src/shared/audit-bundle.ts) and one entry's inclusion proof.

const ZCheckpoint = z
  .object({
    id: z.string(),
    treeSize: z.number().int(),
    rootHash: z.string().openapi({ description: "hex" }),
    signedAt: isoDateTime(),
    note: z.string().openapi({ description: "C2SP signed note" }),
  })
  .openapi("AuditCheckpoint");

const ZBundle = z
  .object({
    format: z.literal("aftercare.audit.checkpoints/1"),
    publicKey: z.string(),
    checkpoints: z.array(
      z.object({
        note: z.string(),
        proofFromPrevious: z
          .array(z.string())
          .openapi({ description: "RFC 6962 consistency proof from the previous checkpoint, hex" }),
      }),
    ),
  })
  .openapi("AuditCheckpointBundle");

const ZEntryProof = z
  .object({
    format: z.literal("aftercare.audit.entry-proof/1"),
    checkpoint: z.string(),
    publicKey: z.string(),
    entry: ZReceiptEntry,
  })
  .openapi("AuditEntryProof");

const tags = ["Audit"];

export function registerCheckpointRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const deps = () => auditDeps(s);
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/audit/checkpoints",
      access: AUDIT_READERS,
      tags,
      request: { query: ZListQuery },
      responses: { 200: jsonResponse(listOf(ZCheckpoint)), ...commonErrors },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const q = c.req.valid("query");
      const after = decodeCursor(q.cursor);
      const rows = await listCheckpoints(deps(), actor.tenantId, q.limit + 1, after ? after[0] : undefined);
      return c.json(
        keysetPage(
          rows,
          q.limit,
          (last) => [last.id],
          (r) => ({ ...r, signedAt: r.signedAt.toISOString() }),
        ),
        200,
      );
    },
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/audit/checkpoints/bundle",
      access: AUDIT_READERS,
      tags,
      description:
        "The newest signed checkpoints (oldest first) with a consistency proof between each two, as a file download.",
      request: { query: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) }) },
      responses: { 200: jsonResponse(ZBundle), ...commonErrors },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const bundle = await checkpointBundle(deps(), actor.tenantId, c.req.valid("query").limit);
      const day = s.clock.now().toISOString().slice(0, 10);
      c.header("content-disposition", `attachment; filename="audit-checkpoints-${day}.json"`);
      return c.json(bundle, 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/audit/entries/{id}/proof",
      access: AUDIT_READERS,
      tags,
      description: "One entry with its details and its inclusion proof to the newest signed checkpoint.",
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZEntryProof), ...commonErrors },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const r = await entryProof(deps(), actor.tenantId, c.req.valid("param").id);
      if (!r) throw new AppError("audit.entry_not_found");
      if (r === "unsealed") throw new AppError("audit.entry_not_sealed");
      return c.json(r, 200);
    },
  );
}
