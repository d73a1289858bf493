import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { type ArticleRow, insertVersion } from "../knowledge.repository.js";

export const audit = (
  tx: Db,
  s: Services,
  a: Actor,
  action: string,
  id: string,
  data: Record<string, unknown>,
) =>
  appendAudit(tx, {
    tenantId: a.tenantId,
    actorId: a.userId,
    action,
    entityType: "kb_article",
    entityId: id,
    data,
    at: s.clock.now(),
  });

const snapshot = (row: ArticleRow) => ({ title: row.title, body: row.body, tags: row.tags });

export async function recordVersion(tx: Db, a: Actor, row: ArticleRow): Promise<void> {
  await insertVersion(tx, {
    id: newId("kbv"),
    tenantId: a.tenantId,
    articleId: row.id,
    version: row.version,
    status: row.status,
    snapshot: snapshot(row),
    changedBy: a.userId,
  });
}

export const normaliseCodes = (codes: string[] | undefined) => [
  ...new Set((codes ?? []).map((c) => c.trim().toUpperCase())),
];
