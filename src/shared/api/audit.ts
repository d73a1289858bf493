import { z } from "@hono/zod-openapi";
import { isoDateTime } from "./iso-date-time.js";

// The audit log as the API answers it: the server's route schemas (with their OpenAPI names) and the
// web app's types (imported as types only, so zod stays out of the bundle).

const AUDIT_PROBLEM_KINDS = [
  "missing", // a position with no entry (deleted from the middle)
  "altered", // an entry no longer matches its own stored hashes
  "truncated", // the tree is smaller than a signed checkpoint, or than its head
  "rewritten", // the tree's first N entries no longer have the root a checkpoint signed
  "backdated", // an entry placed after a checkpoint claims a time well before it
  "forged_checkpoint", // a checkpoint whose signature does not verify with our public key
  "unsigned", // sealed entries no signed checkpoint covers
  "sealer_stalled", // entries waiting for the sealer longer than SEALER_STALL_MS
] as const;

const ZProblem = z.object({
  kind: z.enum(AUDIT_PROBLEM_KINDS),
  index: z.number().int().optional().openapi({ description: "0-based position of the first affected entry" }),
  // true when the first changed leaf is known exactly; false when only the range is known (the
  // published copy did not carry leaf hashes) and `index` is its start
  exact: z.boolean().optional(),
  source: z.enum(["entries", "database", "published"]).optional(),
  detail: z.string(),
});

export const ZAuditVerification = z
  .object({
    ok: z.boolean(),
    entries: z.number().int(),
    pending: z.number().int().openapi({ description: "Entries written but not yet sealed" }),
    oldestPendingSeconds: z.number().int().nullable(),
    sealerError: z.object({ reason: z.string(), at: isoDateTime() }).nullable(),
    rootHash: z.string().openapi({ description: "RFC 6962 root recomputed from the entries (hex)" }),
    checkpoint: z.object({ treeSize: z.number().int(), time: isoDateTime() }).nullable(),
    publishedCheckpoints: z.number().int(),
    problems: z.array(ZProblem),
    // the first problem, as 1-based entry number and kind (kept for existing callers)
    firstBrokenAt: z.number().int().optional().openapi({ description: "1-based entry of the first problem" }),
    reason: z.enum(AUDIT_PROBLEM_KINDS).optional(),
  })
  .openapi("AuditVerification");
export type AuditVerification = z.infer<typeof ZAuditVerification>;

export const ZAuditEntry = z
  .object({
    id: z.string(),
    seq: z
      .number()
      .int()
      .nullable()
      .openapi({ description: "Position in the log (1-based); null until sealed" }),
    at: isoDateTime(),
    actorId: z.string().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    data: z.record(z.string(), z.unknown()),
    prevHash: z.string().nullable(),
    hash: z.string().nullable(),
    leafHash: z.string().nullable().openapi({ description: "RFC 6962 leaf hash; null until sealed" }),
  })
  .openapi("AuditEntry");
export type AuditEntry = z.infer<typeof ZAuditEntry>;
